/**
 * Compile-time analysis of a parsed module: {@link org.cinderj.compiler.ScopeAnalyzer#analyze} builds the
 * {@link org.cinderj.compiler.Scope} tree (module, classes, functions, lambdas, comprehensions), resolves
 * every name (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL), and makes the checks of CPython's
 * symtable and compiler (global/nonlocal rules, return/yield/await/break placement, starred targets,
 * {@code __future__}, match patterns, ...), throwing {@link org.cinderj.parser.PythonSyntaxError}.
 */
package org.cinderj.compiler;
