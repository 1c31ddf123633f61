// The .svmi language. Generated into io.svmi.dsl.grammar; read only by io.svmi.dsl.ModelReader.
// Keywords are tokens, but every keyword may also be used as an id (rule `ident`).
grammar SvmiGrammar;

@parser::members {
  /** True when the next token is on the same line as the one before it (rule values end a line). */
  private boolean sameLine() {
    Token previous = _input.LT(-1);
    Token next = _input.LT(1);
    return previous != null && next.getType() != Token.EOF && next.getLine() == previous.getLine();
  }
}

file
  : declaration* EOF
  ;

declaration
  : modelDecl
  | levelsBlock
  | rulesBlock
  | dimensionDecl
  | exampleDecl
  | groupDecl
  | answersDecl
  | profileDecl
  | languagesBlock
  | translationDecl
  ;

// The languages the model's texts may be shown in, its own (the default) first:
// `languages { en "English" cy "Cymraeg" }`.
languagesBlock
  : LANGUAGES '{' languageDecl* '}'
  ;

languageDecl
  : id=ident name=TEXT
  ;

// The model's texts in one of its other languages, by the ids they belong to. It stands in the
// model or in a translation file beside it (a file of translation blocks only).
translationDecl
  : TRANSLATION language=ident '{' translationItem* '}'
  ;

translationItem
  : MODEL text=TEXT                                                       # modelText
  | LEVEL id=ident text=TEXT                                              # levelText
  | GROUP id=ident text=TEXT                                              # groupText
  | DIMENSION id=ident text=TEXT                                          # dimensionText
  | QUESTION id=ident text=TEXT? ('{' questionTextItem* '}')?             # questionText
  | ANSWERS id=ident '{' optionText* '}'                                  # answerSetText
  ;

questionTextItem
  : optionText
  | actionText
  ;

optionText
  : OPTION id=ident text=TEXT
  ;

actionText
  : TO level=ident text=TEXT
  ;

// A named target profile: a target level per dimension (`profile baseline "Baseline" { target A1a = achieved }`).
profileDecl
  : PROFILE id=ident name=TEXT? '{' profileTarget* '}'
  ;

profileTarget
  : TARGET dimension=ident '=' {sameLine()}? level=ident
  ;

// Answer options declared once, used by many questions (`answers F { option … }`).
answersDecl
  : ANSWERS id=ident '{' optionDecl* '}'
  ;

modelDecl
  : MODEL name=TEXT (VERSION version=TEXT)?
  ;

levelsBlock
  : LEVELS '{' levelDecl* '}'
  ;

levelDecl
  : id=ident name=TEXT threshold?
  ;

// Score-based models: the score a level starts at (`l1 "Level 1" from 1`).
threshold
  : FROM NUMBER
  ;

// Score-based models: a group of dimensions (SAMM's business functions).
groupDecl
  : GROUP id=ident name=TEXT '{' dimensionDecl* '}'
  ;

rulesBlock
  : RULES '{' ruleSetting* '}'
  ;

// One line. A missing '=' is reported by the compiler, which can say which rule it is.
ruleSetting
  : key=words ('=' value=value_)?
  ;

// A rule's name: words on one line.
words
  : ident ({sameLine()}? ident)*
  ;

// A rule's value: words on the same line as the '=' before them.
value_
  : ({sameLine()}? ident)+
  ;

dimensionDecl
  : DIMENSION id=ident name=TEXT weight? '{' dimensionItem* '}'
  ;

dimensionItem
  : levelOverride
  | questionDecl
  | indicatorDecl
  ;

// An indicator statement, met or not, in the column of a level (`indicator A1a-1 "…" at achieved`),
// for a dimension graded by indicators. Its block, when it has one, holds its action only. Options
// are reported by the compiler (E0225).
indicatorDecl
  : INDICATOR id=ident text=TEXT questionAt? ('{' questionItem* '}')?
  ;

levelOverride
  : LEVEL '=' value=value_
  ;

weight
  : WEIGHT NUMBER
  ;

questionDecl
  : QUESTION id=ident text=TEXT weight? questionAt? questionAnswers? '{' questionItem* '}'
  ;

// The question's options are those of an answer set (`answers F`).
questionAnswers
  : ANSWERS set=ident
  ;

// Score-based models: the level a question belongs to (`at l1`).
questionAt
  : AT level=ident
  ;

questionItem
  : optionDecl
  | actionDecl
  ;

optionDecl
  : OPTION id=ident text=TEXT (ARROW optionTarget)?
  ;

// On the line of the '->', so that a forgotten level does not take the next line's keyword.
optionTarget
  : {sameLine()}? NOT APPLICABLE
  | {sameLine()}? level=ident
  | {sameLine()}? value=NUMBER
  ;

actionDecl
  : TO level=ident text=TEXT
  ;

// Examples: an assessment given by ids and what its evaluation must give.
exampleDecl
  : EXAMPLE name=TEXT '{' exampleItem* '}'
  ;

exampleItem
  : exampleSubject
  | exampleProfile
  | exampleAnswer
  | exampleTargetAnswer
  | exampleTarget
  | exampleOverallTarget
  | expectation
  ;

exampleSubject
  : SUBJECT text=TEXT
  ;

// `profile baseline`: the example's assessment aims for a target profile.
exampleProfile
  : PROFILE profile=ident
  ;

exampleAnswer
  : ANSWER question=ident '=' {sameLine()}? option=ident
  ;

exampleTarget
  : TARGET dimension=ident '=' {sameLine()}? level=ident
  ;

// `target answer A1 = works`: the answer a question aims for.
exampleTargetAnswer
  : TARGET ANSWER question=ident '=' {sameLine()}? option=ident
  ;

exampleOverallTarget
  : OVERALL TARGET '=' {sameLine()}? level=ident
  ;

// `expect overall = …` is about the overall levels; `expect dimension overall = …` about a
// dimension whose id is 'overall' (likewise 'group' and 'question'). `expect D = …` expects
// levels, `expect group G = …` a group's, `expect question Q = …` a question's (it has no target,
// which the compiler says),
// `expect D to L …` a cell. Values stay on the line of their '=', '->' or ',', so that a
// forgotten one does not take the next line's keyword.
expectation
  : EXPECT
    ( OVERALL '=' {sameLine()}? levels=expectedLevels
    | GROUP group=ident '=' {sameLine()}? levels=expectedLevels
    | QUESTION question=ident '=' {sameLine()}? levels=expectedLevels   // a '->' is reported: no target
    | DIMENSION? dimension=ident
      ( '=' {sameLine()}? levels=expectedLevels
      | TO level=ident
        ( '=' {sameLine()}? questions+=ident (',' {sameLine()}? questions+=ident)*
        | '{' texts+=TEXT* '}'
        )
      )
    )
  ;

// A present level and optionally a target: `l0 score 0.75 -> l1`.
expectedLevels
  : present=expectedLevel (ARROW {sameLine()}? target=expectedLevel)?
  ;

// `no level` (two words, so that a level may have the id 'no'), or a level id and optionally
// its exact score: `l0 score 0.75`, `l1 score 61/60`. On one line.
expectedLevel
  : NO {sameLine()}? LEVEL
  | level=ident ({sameLine()}? SCORE {sameLine()}? score)?
  ;

// A decimal, or a fraction of whole numbers for a score with no finite decimal.
score
  : value=NUMBER ({sameLine()}? '/' {sameLine()}? denominator=NUMBER)?
  ;

ident
  : ID
  | MODEL | VERSION | LEVELS | RULES | DIMENSION | LEVEL | WEIGHT | QUESTION | OPTION | TO
  | NOT | APPLICABLE | GROUP | AT | FROM
  | EXAMPLE | SUBJECT | ANSWER | TARGET | OVERALL | EXPECT | NO | SCORE | ANSWERS
  | INDICATOR | PROFILE | LANGUAGES | TRANSLATION
  ;

MODEL      : 'model';
VERSION    : 'version';
LEVELS     : 'levels';
RULES      : 'rules';
DIMENSION  : 'dimension';
LEVEL      : 'level';
WEIGHT     : 'weight';
QUESTION   : 'question';
OPTION     : 'option';
TO         : 'to';
NOT        : 'not';
APPLICABLE : 'applicable';
EXAMPLE    : 'example';
SUBJECT    : 'subject';
ANSWER     : 'answer';
TARGET     : 'target';
OVERALL    : 'overall';
EXPECT     : 'expect';
GROUP      : 'group';
AT         : 'at';
FROM       : 'from';
NO         : 'no';
SCORE      : 'score';
ANSWERS    : 'answers';
INDICATOR  : 'indicator';
PROFILE    : 'profile';
LANGUAGES  : 'languages';
TRANSLATION : 'translation';

LBRACE : '{';
RBRACE : '}';
EQUALS : '=';
ARROW  : '->';
COMMA  : ',';
SLASH  : '/';

NUMBER : '-'? [0-9]+ ('.' [0-9]+)?;

// Ids may contain '-' but not end with it, so that `none->follower` reads as three tokens.
ID : [a-zA-Z_] ([a-zA-Z0-9_-]* [a-zA-Z0-9_])?;

TEXT : '"' ('\\' . | ~["\\])* '"';

// A text with no closing quote: it runs to the end of the input (reported as E0102).
UNTERMINATED_TEXT : '"' ('\\' . | ~["\\])*;

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN);

WS : [ \t\r\n\f\uFEFF]+ -> skip;

// Any other character (reported as E0104).
STRAY : .;
