-- End-to-end check of `junoslint lsp` in Neovim 0.7 (headless), driven by
-- lsp/e2e_nvim_test.go. Neovim 0.7 has no vim.lsp.start and no
-- vim.lsp.buf.format: the client is started with vim.lsp.start_client and
-- attached with vim.lsp.buf_attach_client, formatting uses
-- vim.lsp.buf.formatting_sync. It advertises no position encoding, so the
-- server speaks UTF-16.
--
-- Environment: E2E_SERVER (the junoslint binary), E2E_CONFIG (a config to
-- lint), E2E_MESSY (a config to format), E2E_OUT (where the JSON result
-- goes). Every step records what it saw; the Go test judges.
local res = { steps = {} }
local function step(s) table.insert(res.steps, s) end
local function finish()
  vim.fn.writefile({ vim.fn.json_encode(res) }, os.getenv("E2E_OUT"))
  vim.cmd("qa!")
end

local ok, err = pcall(function()
  local exited = false
  local id = vim.lsp.start_client({
    name = "junoslint",
    cmd = { os.getenv("E2E_SERVER"), "lsp" },
    root_dir = vim.fn.getcwd(),
    on_exit = function(code, signal)
      res.exit_code = code
      res.exit_signal = signal
      exited = true
    end,
  })
  res.client = id ~= nil
  step("started")

  vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("E2E_CONFIG")))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, id)
  res.diagnostics_ok = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  res.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(res.diagnostics, {
      code = lsp.code or d.code,
      line = d.lnum + 1,
      col = d.col, -- Neovim converts the UTF-16 column to a byte column
      message = d.message,
      href = lsp.codeDescription and lsp.codeDescription.href or "",
    })
  end
  step("diagnostics")

  -- Code actions on the line of the first diagnostic with code E2E_CODE.
  local want = os.getenv("E2E_CODE")
  res.actions = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if (lsp.code or d.code) == want then
      -- The whole line (Neovim 0.7 keeps byte columns in vim.diagnostic,
      -- so whole lines avoid converting), with the line's diagnostics as
      -- Neovim's own code_action() would send them.
      local params = {
        textDocument = vim.lsp.util.make_text_document_params(buf),
        range = { start = { line = d.lnum, character = 0 }, ["end"] = { line = d.lnum + 1, character = 0 } },
        context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, d.lnum) },
      }
      local replies = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 5000) or {}
      for _, r in pairs(replies) do
        for _, a in ipairs(r.result or {}) do
          table.insert(res.actions, { title = a.title, kind = a.kind or "", has_edit = a.edit ~= nil })
          -- Run the first "copy as set commands" action the way the README
          -- tells users to: a client-side command that asks the server.
          if a.command and a.command.command == "junoslint.copySetCommands" and res.copied == nil then
            vim.lsp.commands["junoslint.copySetCommands"] = function(cmd, ctx)
              local out = vim.lsp.buf_request_sync(ctx.bufnr, "workspace/executeCommand",
                { command = cmd.command, arguments = cmd.arguments }, 5000) or {}
              for _, rr in pairs(out) do res.copied = rr.result end
            end
            vim.lsp.commands["junoslint.copySetCommands"](a.command, { bufnr = buf })
          end
        end
      end
      -- Hover on the same place.
      local col = vim.str_utfindex(vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1], d.col)
      local hp = { textDocument = params.textDocument, position = { line = d.lnum, character = col } }
      local hovers = vim.lsp.buf_request_sync(buf, "textDocument/hover", hp, 5000) or {}
      for _, r in pairs(hovers) do
        if r.result and r.result.contents then res.hover = r.result.contents.value end
      end
      break
    end
  end
  step("actions and hover")

  local symreplies = vim.lsp.buf_request_sync(buf, "textDocument/documentSymbol",
    { textDocument = vim.lsp.util.make_text_document_params(buf) }, 5000) or {}
  res.symbols = {}
  for _, r in pairs(symreplies) do
    for _, s in ipairs(r.result or {}) do table.insert(res.symbols, s.name) end
  end
  step("symbols")

  -- Edit the unsaved buffer (incremental sync): md5 -> sha1 within its
  -- line, and a comment with multi-byte characters above everything.
  local function has_code(code)
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local lsp = d.user_data and d.user_data.lsp or {}
      if (lsp.code or d.code) == code then return true end
    end
    return false
  end
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s = l:find("md5", 1, true)
    if s then
      vim.api.nvim_buf_set_text(buf, i - 1, s - 1, i - 1, s + 2, { "sha1" })
      break
    end
  end
  vim.api.nvim_buf_set_lines(buf, 0, 0, false, { "# 😀 é 日本 edited" })
  res.edited_ok = vim.wait(15000, function() return not has_code(want) end, 20)
  res.edited_text = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  res.edited = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(res.edited, { code = lsp.code or d.code, line = d.lnum + 1 })
  end
  step("edited")

  vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("E2E_MESSY")))
  local buf2 = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf2, id)
  vim.wait(15000, function() return vim.lsp.buf_is_attached(buf2, id) end, 20)
  vim.lsp.buf.formatting_sync(nil, 10000)
  res.formatted = vim.api.nvim_buf_get_lines(buf2, 0, -1, false)
  step("formatted")

  vim.lsp.stop_client(id) -- shutdown, then exit
  res.exited = vim.wait(10000, function() return exited end, 20)
  step("stopped")
end)
if not ok then res.error = tostring(err) end
finish()
