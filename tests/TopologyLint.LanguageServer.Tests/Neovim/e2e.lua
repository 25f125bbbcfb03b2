-- End-to-end check of `topolint lsp` with Neovim 0.7's built-in client (start_client / buf_attach_client,
-- pushed diagnostics). Driven by NeovimEndToEndTests: TOPOLINT_DLL, TOPOLINT_WORKSPACE, TOPOLINT_RESULT.
local dll = os.getenv('TOPOLINT_DLL')
local workspace = os.getenv('TOPOLINT_WORKSPACE')
local result_path = os.getenv('TOPOLINT_RESULT')
local root = workspace .. '/site.topology.yaml'
local fragment = workspace .. '/fragments/users.yaml'
local lines = {}

local function record(line) table.insert(lines, line) end

local function finish(ok)
  local file = io.open(result_path, 'w')
  file:write(table.concat(lines, '\n') .. '\n')
  file:close()
  if ok then vim.cmd('qall!') else vim.cmd('cquit 1') end
end

local function check(condition, message)
  if not condition then error(message, 2) end
  record('ok ' .. message)
end

local function code_of(d) return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) end

local function findings(buf, code)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == code then table.insert(found, d) end
  end
  return found
end

local function request(buf, method, params)
  local responses = vim.lsp.buf_request_sync(buf, method, params, 20000)
  for _, response in pairs(responses or {}) do
    if response.error then error(method .. ': ' .. vim.inspect(response.error)) end
    return response.result
  end
  error(method .. ': no response')
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'topolint',
    cmd = { 'dotnet', dll, 'lsp' },
    root_dir = workspace,
  })
  check(client_id ~= nil, 'the client started')

  vim.cmd('edit ' .. root)
  local root_buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(root_buf, client_id)
  vim.cmd('edit ' .. fragment)
  local fragment_buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(fragment_buf, client_id)

  check(vim.wait(30000, function() return #findings(fragment_buf, 'TL1009') == 1 end, 50), 'TL1009 is pushed for the fragment')
  local finding = findings(fragment_buf, 'TL1009')[1]
  check(finding.lnum == 5 and finding.col == 13, 'at line 5, column 13 (0-based) not ' .. finding.lnum .. ':' .. finding.col)

  local uri = vim.uri_from_bufnr(fragment_buf)
  local hover = request(fragment_buf, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 5, character = 16 } })
  check(hover and hover.contents.value:find('TL1009', 1, true) ~= nil, 'hover on the finding names TL1009')

  local definition = request(fragment_buf, 'textDocument/definition', { textDocument = { uri = uri }, position = { line = 2, character = 12 } })
  check(#definition == 1 and definition[1].uri == vim.uri_from_bufnr(root_buf) and definition[1].range.start.line == 6, 'definition of the site is in the root, line 6')

  -- Neovim 0.7 keeps only the extra LSP fields in user_data: the diagnostic is sent back rebuilt, as its own code actions do.
  local range = { start = { line = finding.lnum, character = finding.col }, ['end'] = { line = finding.end_lnum, character = finding.end_col } }
  local actions = request(fragment_buf, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = range,
    context = { diagnostics = { { range = range, message = finding.message, severity = finding.severity, source = finding.source, code = code_of(finding) } } },
  })
  local normalize
  for _, action in ipairs(actions) do
    if action.isPreferred then normalize = action end
  end
  check(normalize ~= nil, 'a preferred fix is offered: ' .. (normalize and normalize.title or vim.inspect(actions)))
  vim.lsp.util.apply_workspace_edit(normalize.edit, 'utf-16')
  check(vim.api.nvim_buf_get_lines(fragment_buf, 5, 6, false)[1] == '    lineUri: "tel:+14255550100"', 'the fix rewrote the line URI')
  check(vim.wait(30000, function() return #findings(fragment_buf, 'TL1009') == 0 end, 50), 'the fix cleared TL1009')

  -- An unsaved edit of the fragment: the server lints the buffer, not the disk.
  vim.api.nvim_buf_set_lines(fragment_buf, 5, 6, false, { '    lineUri: "tel:+1 425-555-0100"' })
  check(vim.wait(30000, function() return #findings(fragment_buf, 'TL1009') == 1 end, 50), 'an unsaved edit brings TL1009 back')
  check(vim.bo[fragment_buf].modified, 'the fragment was not saved')

  -- Completion in a flow mapping being typed, its textEdit applied as the client applies one.
  vim.api.nvim_buf_set_lines(fragment_buf, 6, 6, false, { '  - {sip: bob@contoso.com, site: }' })
  local completion = request(fragment_buf, 'textDocument/completion', { textDocument = { uri = uri }, position = { line = 6, character = 33 } })
  local site
  for _, item in ipairs(completion.items or completion) do
    if item.label == 'redmond' then site = item end
  end
  check(site ~= nil and site.textEdit ~= nil, 'completion in a flow mapping offers the site with its edit')
  vim.lsp.util.apply_text_edits({ site.textEdit }, fragment_buf, 'utf-16')
  check(vim.api.nvim_buf_get_lines(fragment_buf, 6, 7, false)[1] == '  - {sip: bob@contoso.com, site: redmond}', 'the completion wrote the site into the flow mapping')
end)

if not ok then record('FAILED ' .. tostring(err)) end
finish(ok)
