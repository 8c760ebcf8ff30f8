package org.cinderj.ast;

public enum BoolOperator { AND, OR }
