package io.svmi.lsp;

import com.google.common.collect.ImmutableSet;
import io.svmi.dsl.grammar.SvmiGrammarLexer;

/** The keywords of the grammar (which are also valid ids), from its vocabulary. */
final class SyntaxWords {
  private SyntaxWords() {}

  private static final ImmutableSet<Integer> KEYWORDS = keywords();

  static boolean isKeyword(int tokenType) {
    return KEYWORDS.contains(tokenType);
  }

  /** The keyword's word, without quotes: {@code option}. */
  static String word(int tokenType) {
    String literal = SvmiGrammarLexer.VOCABULARY.getLiteralName(tokenType);
    return literal.substring(1, literal.length() - 1);
  }

  /** Every token whose literal is a word of letters: {@code 'model'}, {@code 'option'}, … */
  private static ImmutableSet<Integer> keywords() {
    ImmutableSet.Builder<Integer> b = ImmutableSet.builder();
    for (int type = 1; type <= SvmiGrammarLexer.VOCABULARY.getMaxTokenType(); type++) {
      String literal = SvmiGrammarLexer.VOCABULARY.getLiteralName(type);
      if (literal != null && literal.matches("'[a-z]+'")) {
        b.add(type);
      }
    }
    return b.build();
  }
}
