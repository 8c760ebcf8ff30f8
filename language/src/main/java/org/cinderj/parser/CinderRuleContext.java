package org.cinderj.parser;

import java.util.ArrayList;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Base of the generated parse tree nodes. Most nodes of an expression have exactly one child
 * (test -> or_test -> not_test -> ...); ANTLR's default child list reserves room for ten, which
 * made array allocation the largest single cost of parsing.
 */
public class CinderRuleContext extends ParserRuleContext {
    public CinderRuleContext() {
    }

    public CinderRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(1);
        }
        children.add(t);
        return t;
    }
}
