package org.cinderj.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** A statement. Statements that can raise record their line for tracebacks (see {@link LineStmtNode}). */
public abstract class StmtNode extends Node {
    public abstract void executeVoid(VirtualFrame frame);
}
