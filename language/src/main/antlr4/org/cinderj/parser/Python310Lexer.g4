/*
 * Tokens of Python 3.10 (written from the language reference, "Lexical analysis").
 * Indentation (INDENT/DEDENT), logical NEWLINEs, bracket nesting and the tokenizer's error
 * reporting are done by Python310LexerBase; this grammar only describes the raw tokens.
 */
lexer grammar Python310Lexer;

options { superClass = Python310LexerBase; }

tokens { INDENT, DEDENT }

// ---- strings: any prefix, short or triple quoted; f-strings are split later by the AST builder
STRING
    : STRING_PREFIX? ( LONG_SQ | LONG_DQ | SHORT_SQ | SHORT_DQ )
    ;

// A short string that runs into the end of the line, or a long one that runs into the end of the file.
UNTERMINATED_STRING
    : STRING_PREFIX? ( '\'' ( '\\' ( '\r\n' | . ) | ~[\\\r\n'] )*
                     | '"' ( '\\' ( '\r\n' | . ) | ~[\\\r\n"] )* )
    ;
UNTERMINATED_LONG_STRING
    : STRING_PREFIX? ( '\'\'\'' ( ~['\\] | '\\' . | '\'' ~['\\] | '\'\'' ~['\\] | '\'' '\\' . | '\'\'' '\\' . )* ( '\'' | '\'\'' )?
                     | '"""' ( ~["\\] | '\\' . | '"' ~["\\] | '""' ~["\\] | '"' '\\' . | '""' '\\' . )* ( '"' | '""' )? )
    ;

// ---- numbers (the base class checks what follows a number, as CPython's tokenizer does)
NUMBER
    : DEC_INTEGER
    | HEX_INTEGER
    | OCT_INTEGER
    | BIN_INTEGER
    | FLOAT_NUMBER
    | IMAG_NUMBER
    ;

// ---- keywords
FALSE : 'False';
NONE : 'None';
TRUE : 'True';
AND : 'and';
AS : 'as';
ASSERT : 'assert';
ASYNC : 'async';
AWAIT : 'await';
BREAK : 'break';
CLASS : 'class';
CONTINUE : 'continue';
DEF : 'def';
DEL : 'del';
ELIF : 'elif';
ELSE : 'else';
EXCEPT : 'except';
FINALLY : 'finally';
FOR : 'for';
FROM : 'from';
GLOBAL : 'global';
IF : 'if';
IMPORT : 'import';
IN : 'in';
IS : 'is';
LAMBDA : 'lambda';
NONLOCAL : 'nonlocal';
NOT : 'not';
OR : 'or';
PASS : 'pass';
RAISE : 'raise';
RETURN : 'return';
TRY : 'try';
WHILE : 'while';
WITH : 'with';
YIELD : 'yield';
// soft keywords: the parser accepts them wherever a name is allowed
MATCH : 'match';
CASE : 'case';
UNDERSCORE : '_';

// Any identifier; non-ASCII characters are validated by the base class (XID rules, NFKC later).
NAME
    : ID_START ID_CONTINUE*
    ;

// ---- operators and delimiters
LPAR : '(';
RPAR : ')';
LSQB : '[';
RSQB : ']';
LBRACE : '{';
RBRACE : '}';
ELLIPSIS : '...';
DOT : '.';
COMMA : ',';
COLON : ':';
SEMI : ';';
ARROW : '->';
COLONEQUAL : ':=';
PLUS : '+';
MINUS : '-';
STAR : '*';
DOUBLESTAR : '**';
SLASH : '/';
DOUBLESLASH : '//';
PERCENT : '%';
AT : '@';
VBAR : '|';
AMPER : '&';
CIRCUMFLEX : '^';
TILDE : '~';
LEFTSHIFT : '<<';
RIGHTSHIFT : '>>';
LESS : '<';
GREATER : '>';
EQEQUAL : '==';
NOTEQUAL : '!=';
LESSEQUAL : '<=';
GREATEREQUAL : '>=';
EQUAL : '=';
PLUSEQUAL : '+=';
MINEQUAL : '-=';
STAREQUAL : '*=';
ATEQUAL : '@=';
SLASHEQUAL : '/=';
DOUBLESLASHEQUAL : '//=';
PERCENTEQUAL : '%=';
AMPEREQUAL : '&=';
VBAREQUAL : '|=';
CIRCUMFLEXEQUAL : '^=';
LEFTSHIFTEQUAL : '<<=';
RIGHTSHIFTEQUAL : '>>=';
DOUBLESTAREQUAL : '**=';
// '<>' is only valid with 'from __future__ import barry_as_FLUFL'; lexed so the error is reported right
NOTEQUAL_BARRY : '<>';

// ---- layout: the base class turns these into NEWLINE/INDENT/DEDENT or drops them
NEWLINE : '\r'? '\n' | '\r' ;
WS : [ \t\f]+ ;
COMMENT : '#' ~[\r\n]* ;
LINE_JOIN : '\\' ( '\r'? '\n' | '\r' ) ;
BAD_LINE_JOIN : '\\' ;

ERRORCHAR : . ;

fragment STRING_PREFIX
    : [rRuUbBfF] | [rR][bBfF] | [bBfF][rR]
    ;
fragment SHORT_SQ : '\'' ( '\\' ( '\r\n' | . ) | ~[\\\r\n'] )* '\'' ;
fragment SHORT_DQ : '"' ( '\\' ( '\r\n' | . ) | ~[\\\r\n"] )* '"' ;
fragment LONG_SQ : '\'\'\'' ( '\\' . | ~'\\' )*? '\'\'\'' ;
fragment LONG_DQ : '"""' ( '\\' . | ~'\\' )*? '"""' ;

fragment DEC_INTEGER : NONZERO_DIGIT ( '_'? DIGIT )* | '0' ( '_'? '0' )* ;
fragment HEX_INTEGER : '0' [xX] ( '_'? HEX_DIGIT )+ ;
fragment OCT_INTEGER : '0' [oO] ( '_'? OCT_DIGIT )+ ;
fragment BIN_INTEGER : '0' [bB] ( '_'? [01] )+ ;
fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT ;
fragment POINT_FLOAT : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT : ( DIGIT_PART | POINT_FLOAT ) EXPONENT ;
fragment DIGIT_PART : DIGIT ( '_'? DIGIT )* ;
fragment EXPONENT : [eE] [+-]? DIGIT_PART ;
fragment IMAG_NUMBER : ( FLOAT_NUMBER | DIGIT_PART ) [jJ] ;
fragment NONZERO_DIGIT : [1-9] ;
fragment DIGIT : [0-9] ;
fragment OCT_DIGIT : [0-7] ;
fragment HEX_DIGIT : [0-9a-fA-F] ;
fragment ID_START : [a-zA-Z_\u0080-\u{10FFFF}] ;
fragment ID_CONTINUE : [a-zA-Z0-9_\u0080-\u{10FFFF}] ;
