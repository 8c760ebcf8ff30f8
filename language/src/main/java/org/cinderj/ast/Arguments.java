package org.cinderj.ast;

import java.util.List;

/**
 * A parameter list. {@code defaults} belong to the last positional parameters (positional-only
 * first, then regular); {@code kwDefaults} is parallel to {@code kwonlyargs} with {@code null}
 * where a keyword-only parameter has no default. {@code vararg}/{@code kwarg} may be null.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {

    public static Arguments empty() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}
