-- svmi for Neovim (0.7 or later): the .svmi filetype, and the svmi language server started for it.
--
--   Put this file on your runtimepath as plugin/svmi.lua, or from init.lua: dofile('/path/to/svmi.lua')
--   The server is `svmi lsp`; to start it another way, set before loading this file:
--     vim.g.svmi_lsp_cmd = { '/path/to/svmi/svmi', 'lsp' }
--
-- See docs/editors.md. Diagnostics, hover (K with the mappings below), go to definition, references,
-- rename, completion, the outline, formatting and quick fixes all come from the server.

vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = '*.svmi',
  callback = function() vim.bo.filetype = 'svmi' end,
})

local client_id = nil

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'svmi',
  callback = function(args)
    if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
      client_id = vim.lsp.start_client({
        name = 'svmi',
        cmd = vim.g.svmi_lsp_cmd or { 'svmi', 'lsp' },
        root_dir = vim.fn.getcwd(),
      })
    end
    if client_id ~= nil then
      vim.lsp.buf_attach_client(args.buf, client_id)
      vim.bo[args.buf].commentstring = '# %s'
      local map = function(keys, fn) vim.keymap.set('n', keys, fn, { buffer = args.buf }) end
      map('K', vim.lsp.buf.hover)
      map('gd', vim.lsp.buf.definition)
      map('gr', vim.lsp.buf.references)
      map('<leader>rn', vim.lsp.buf.rename)
      map('<leader>ca', vim.lsp.buf.code_action)
      map('<leader>f', function()
        if vim.lsp.buf.format then vim.lsp.buf.format() else vim.lsp.buf.formatting_sync() end
      end)
    end
  end,
})
