/**
 * The Python 3.10 parser.
 *
 * <ul>
 * <li>{@link org.cinderj.parser.PythonParser#parse(String, String, org.cinderj.ast.Module.Mode)}: source
 * text to an {@link org.cinderj.ast.Module} ({@code ast.parse} semantics); throws
 * {@link org.cinderj.parser.PythonSyntaxError} (SyntaxError / IndentationError / TabError with CPython's
 * message, line, offset, text) or {@link org.cinderj.parser.CompilationRecursionError}.</li>
 * <li>{@link org.cinderj.parser.PythonSourceDecoder#decode(byte[], String)}: file bytes to text per PEP
 * 263/3120 (coding cookie, BOM).</li>
 * <li>{@link org.cinderj.parser.PythonParser#warmUp()}: optional, preloads the parser on a background
 * thread.</li>
 * </ul>
 *
 * <p>Implementation: an ANTLR 4 grammar (src/main/antlr4/.../Python310Lexer.g4, Python310Parser.g4),
 * {@link org.cinderj.parser.Python310LexerBase} for NEWLINE/INDENT/DEDENT and tokenizer errors, a
 * two-stage parse (SLL with bail-out, then full LL), {@code AstBuilder} (parse tree to AST, target
 * and argument checks), {@code StringParser} (literals and f-strings) and
 * {@code SyntaxErrorDiagnoser} (CPython's messages for parse failures). The compile-time checks
 * CPython makes after parsing are in {@link org.cinderj.compiler.ScopeAnalyzer}.
 */
package org.cinderj.parser;
