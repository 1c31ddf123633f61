;;; svmi.el --- .svmi rules files in Emacs, with the svmi language server through eglot  -*- lexical-binding: t; -*-

;; Load it from your init file:  (load "/path/to/svmi/editors/emacs/svmi.el")
;; The server is `svmi lsp'; set `svmi-lsp-command' before loading to start it another way,
;; for example '("/path/to/svmi/svmi" "lsp"). See docs/editors.md.

(defvar svmi-lsp-command '("svmi" "lsp")
  "The command that starts the svmi language server.")

(defconst svmi--keywords
  '("model" "version" "levels" "rules" "dimension" "group" "question" "option" "to" "level"
    "weight" "at" "from" "not" "applicable" "example" "subject" "answer" "target" "overall"
    "expect" "no" "score" "answers" "indicator" "profile"))

(defvar svmi-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?- "_" table)
    table))

(define-derived-mode svmi-mode prog-mode "svmi"
  "Major mode for .svmi maturity-model rules files."
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+\\s-*")
  (setq-local indent-tabs-mode nil)
  (setq-local font-lock-defaults
              `(((,(regexp-opt svmi--keywords 'symbols) . font-lock-keyword-face)
                 ("->" . font-lock-builtin-face)))))

(add-to-list 'auto-mode-alist '("\\.svmi\\'" . svmi-mode))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs `(svmi-mode . ,svmi-lsp-command)))

(add-hook 'svmi-mode-hook #'eglot-ensure)

(provide 'svmi)
;;; svmi.el ends here
