package org.cinderj.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The Java types the DSL specialises on: Python {@code bool}, small {@code int}, {@code float} and
 * {@code str}. Everything else is {@code Object}.
 */
@TypeSystem({boolean.class, long.class, double.class, String.class})
public abstract class PythonTypes {
}
