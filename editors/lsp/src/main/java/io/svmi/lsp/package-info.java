/**
 * The svmi language server: {@link io.svmi.lsp.SvmiLsp#serve} runs it over a pair of streams
 * ({@code svmi lsp} uses standard input and output). Everything else is package-private.
 */
@NullMarked
package io.svmi.lsp;

import org.jspecify.annotations.NullMarked;
