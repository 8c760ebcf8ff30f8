/*
 * Python 3.10 syntax, written for ANTLR's ALL(*) from the productions of the Python language
 * reference. The grammar is deliberately close to LL(1) (the parse is run in SLL mode first):
 * assignment targets are parsed as expressions and checked by the AST builder, the
 * parenthesised forms of tuples, groups and generator expressions share one rule, parameter
 * lists are a flat sequence whose order the builder checks, and so on.
 */
parser grammar Python310Parser;

options { tokenVocab = Python310Lexer; contextSuperClass = CinderRuleContext; }

// ------------------------------------------------------------------ start rules

file_input : (NEWLINE | stmt)* EOF ;

single_input : NEWLINE* ( simple_stmts | compound_stmt NEWLINE* ) EOF ;

eval_input : testlist NEWLINE* EOF ;

/** The expression of an f-string replacement field, parenthesised by the builder. */
fstring_input : '(' ( yield_expr | testlist_star_expr ) ')' NEWLINE* EOF ;

// ------------------------------------------------------------------ statements

stmt : simple_stmts | compound_stmt ;

simple_stmts : simple_stmt ( ';' simple_stmt )* ';'? NEWLINE ;

simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    | import_name
    | import_from
    ;

expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign ( yield_expr | testlist )
      | ( '=' ( yield_expr | testlist_star_expr ) )*
      )
    | yield_expr ( '=' ( yield_expr | testlist_star_expr ) )*
    ;

annassign : ':' test ( '=' ( yield_expr | testlist_star_expr ) )? ;

augassign
    : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
    ;

del_stmt : 'del' exprlist ;
pass_stmt : 'pass' ;
break_stmt : 'break' ;
continue_stmt : 'continue' ;
return_stmt : 'return' testlist_star_expr? ;
raise_stmt : 'raise' ( test ( 'from' test )? )? ;
global_stmt : 'global' name ( ',' name )* ;
nonlocal_stmt : 'nonlocal' name ( ',' name )* ;
assert_stmt : 'assert' test ( ',' test )? ;

import_name : 'import' dotted_as_name ( ',' dotted_as_name )* ;
dotted_as_name : dotted_name ( 'as' name )? ;
dotted_name : name ( '.' name )* ;
import_from
    : 'from' ( '.' | '...' )* dotted_name? 'import'
      ( '*' | '(' import_as_names ','? ')' | import_as_names )
    ;
import_as_names : import_as_name ( ',' import_as_name )* ;
import_as_name : name ( 'as' name )? ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    | match_stmt
    ;

async_stmt : 'async' ( funcdef | with_stmt | for_stmt ) ;

if_stmt : 'if' namedexpr_test ':' block elif_clause* else_clause? ;
elif_clause : 'elif' namedexpr_test ':' block ;
else_clause : 'else' ':' block ;

while_stmt : 'while' namedexpr_test ':' block else_clause? ;

for_stmt : 'for' exprlist 'in' testlist_star_expr ':' block else_clause? ;

try_stmt
    : 'try' ':' block
      ( except_clause+ else_clause? finally_clause?
      | finally_clause
      )
    ;
except_clause : 'except' ( test ( 'as' name )? )? ':' block ;
finally_clause : 'finally' ':' block ;

with_stmt
    : 'with' ( '(' with_item ( ',' with_item )* ','? ')' | with_item ( ',' with_item )* ) ':' block
    ;
with_item : test ( 'as' expr )? ;

block
    : simple_stmts
    | NEWLINE INDENT stmt+ DEDENT
    ;

decorated : decorator+ ( classdef | funcdef | async_funcdef ) ;
decorator : '@' namedexpr_test NEWLINE ;
async_funcdef : 'async' funcdef ;

funcdef : 'def' name '(' typedargslist? ')' ( '->' test )? ':' block ;

/** Parameters in any order; the builder checks the order CPython requires. */
typedargslist : tparam ( ',' tparam )* ','? ;
tparam
    : name ( ':' test )? ( '=' test )?
    | '/'
    | '*' ( name ( ':' test )? )?
    | '**' name ( ':' test )?
    ;

varargslist : vparam ( ',' vparam )* ','? ;
vparam
    : name ( '=' test )?
    | '/'
    | '*' name?
    | '**' name
    ;

classdef : 'class' name ( '(' arglist? ')' )? ':' block ;

// ------------------------------------------------------------------ match statement

match_stmt : 'match' subject_expr ':' NEWLINE INDENT case_block+ DEDENT ;
subject_expr : ( namedexpr_test | star_expr ) ( ',' ( namedexpr_test | star_expr ) )* ','? ;
case_block : 'case' patterns ( 'if' namedexpr_test )? ':' block ;

patterns : maybe_star_pattern ( ',' maybe_star_pattern )* ','? ;
maybe_star_pattern : '*' name | pattern ;
pattern : or_pattern ( 'as' name )? ;
or_pattern : closed_pattern ( '|' closed_pattern )* ;
closed_pattern
    : literal_pattern                                                           # literalPattern
    | name_or_attr ( '(' class_pattern_args? ')' )?                             # namePattern
    | '(' ( maybe_star_pattern ( ',' maybe_star_pattern )* ','? )? ')'          # groupPattern
    | '[' ( maybe_star_pattern ( ',' maybe_star_pattern )* ','? )? ']'          # listPattern
    | '{' ( mapping_item ( ',' mapping_item )* ','? )? '}'                      # mappingPattern
    ;
literal_pattern
    : '-'? NUMBER ( ( '+' | '-' ) NUMBER )?
    | STRING+
    | 'None'
    | 'True'
    | 'False'
    ;
name_or_attr : name ( '.' name )* ;
mapping_item
    : ( literal_pattern | name_or_attr ) ':' pattern
    | '**' name
    ;
class_pattern_args : class_pattern_arg ( ',' class_pattern_arg )* ','? ;
class_pattern_arg : name '=' pattern | pattern ;

// ------------------------------------------------------------------ expressions

testlist_star_expr : ( test | star_expr ) ( ',' ( test | star_expr ) )* ','? ;
testlist : test ( ',' test )* ','? ;
exprlist : ( expr | star_expr ) ( ',' ( expr | star_expr ) )* ','? ;

namedexpr_test : test ( ':=' test )? ;

test
    : or_test ( 'if' or_test 'else' test )?
    | lambdef
    ;
lambdef : 'lambda' varargslist? ':' test ;

/** 'or' and 'and' operands in one flat list; the builder applies the precedence ('and' binds tighter). */
or_test : not_test ( ( 'or' | 'and' ) not_test )* ;
not_test : 'not' not_test | comparison ;
comparison : expr ( comp_op expr )* ;
comp_op : '<' | '>' | '==' | '>=' | '<=' | '!=' | '<>' | 'in' | 'not' 'in' | 'is' 'not'? ;
star_expr : '*' expr ;
/**
 * Binary operators from '|' down to '*': one flat list of operands (a deep chain of rules costs
 * a rule invocation per level for every atom); the builder applies the precedence
 * ('|' < '^' < '&' < shifts < '+' '-' < '*' '@' '/' '%' '//'), all left-associative.
 */
expr : factor ( ( '|' | '^' | '&' | '<<' | '>>' | '+' | '-' | '*' | '@' | '/' | '%' | '//' ) factor )* ;
factor : ( '+' | '-' | '~' ) factor | power ;
power : await_primary ( '**' factor )? ;
await_primary : 'await'? atom trailer* ;

atom
    : '(' ( yield_expr | testlist_comp )? ')'       # parenAtom
    | '[' testlist_comp? ']'                        # listAtom
    | '{' dictorsetmaker? '}'                       # braceAtom
    | name                                          # nameAtom
    | NUMBER                                        # numberAtom
    | STRING+                                       # stringAtom
    | '...'                                         # ellipsisAtom
    | 'None'                                        # noneAtom
    | 'True'                                        # trueAtom
    | 'False'                                       # falseAtom
    ;

testlist_comp
    : ( namedexpr_test | star_expr ) ( comp_for | ( ',' ( namedexpr_test | star_expr ) )* ','? )
    ;

trailer
    : '(' arglist? ')'           # callTrailer
    | '[' subscriptlist ']'      # subscriptTrailer
    | '.' name                   # attrTrailer
    ;

subscriptlist : subscript ( ',' subscript )* ','? ;
subscript
    : namedexpr_test ( ':' test? ( ':' test? )? )?
    | ':' test? ( ':' test? )?
    ;

dictorsetmaker
    : '**' expr dict_rest
    | star_expr set_rest
    | namedexpr_test ( ':' test dict_rest | set_rest )
    ;
dict_rest : comp_for | ( ',' dict_item )* ','? ;
dict_item : test ':' test | '**' expr ;
set_rest : comp_for | ( ',' ( namedexpr_test | star_expr ) )* ','? ;

arglist : argument ( ',' argument )* ','? ;
argument
    : name '=' test
    | namedexpr_test comp_for?
    | '*' test
    | '**' test
    ;

comp_for : comp_clause+ ;
comp_clause : 'async'? 'for' exprlist 'in' or_test ( 'if' or_test )* ;

yield_expr : 'yield' ( 'from' test | testlist_star_expr )? ;

/** Identifiers, including the soft keywords. */
name : NAME | 'match' | 'case' | '_' ;
