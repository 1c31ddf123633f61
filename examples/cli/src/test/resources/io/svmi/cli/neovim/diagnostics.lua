-- Run by NeovimClientTest after editors/neovim/svmi.lua attached the server to the opened file:
-- waits for the server's diagnostics and writes them as JSON to $SVMI_NVIM_OUT, then quits.
local out = os.getenv('SVMI_NVIM_OUT')
local ok = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local found = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(found, {
    line = d.lnum + 1,
    column = d.col + 1,
    code = d.code or lsp.code,
    severity = d.severity,
    message = d.message,
  })
end
vim.fn.writefile({ vim.fn.json_encode({ waited = ok, diagnostics = found }) }, out)
for _, client in ipairs(vim.lsp.get_active_clients()) do
  client.stop()
end
vim.wait(5000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.cmd('qa!')
