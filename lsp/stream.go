package lsp

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// maxMessage is the largest message body the server accepts, in bytes.
const maxMessage = 1 << 30

// stream reads and writes LSP base-protocol messages (a Content-Length
// header, a blank line, a JSON body) for jsonrpc2.Conn. Unlike
// jsonrpc2.VSCodeObjectCodec, it survives a malformed message: a body that
// is not JSON, or not a JSON-RPC message, is answered with a ParseError or
// InvalidRequest response carrying id null, as JSON-RPC 2.0 asks, and the
// next message is read. Only a broken transport ends the stream.
type stream struct {
	r   *bufio.Reader
	w   io.Writer
	c   io.Closer
	wmu sync.Mutex // serialises writes: the reader answers bad messages itself
}

func newStream(rwc io.ReadWriteCloser) *stream {
	return &stream{r: bufio.NewReaderSize(rwc, 64<<10), w: rwc, c: rwc}
}

// WriteObject writes obj as one message.
func (s *stream) WriteObject(obj any) error {
	data, err := json.Marshal(obj)
	if err != nil {
		return fmt.Errorf("encode message: %w", err)
	}
	return s.writeRaw(data)
}

func (s *stream) writeRaw(data []byte) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if _, err := fmt.Fprintf(s.w, "Content-Length: %d\r\n\r\n", len(data)); err != nil {
		return fmt.Errorf("write header: %w", err)
	}
	if _, err := s.w.Write(data); err != nil {
		return fmt.Errorf("write body: %w", err)
	}
	return nil
}

// ReadObject reads the next well-formed message into v, answering the
// malformed ones it meets on the way.
func (s *stream) ReadObject(v any) error {
	for {
		body, err := s.readBody()
		if err != nil {
			return err
		}
		if body == nil {
			continue // a header without Content-Length, already answered
		}
		if err := json.Unmarshal(body, v); err != nil {
			code, msg := int64(codeInvalidRequest), "invalid request: "+err.Error()
			if !json.Valid(body) {
				code, msg = codeParseError, "parse error: "+err.Error()
			}
			if werr := s.replyError(code, msg); werr != nil {
				return werr
			}
			continue
		}
		return nil
	}
}

// readBody reads one message's headers and body. It returns a nil body (and
// has answered) when the headers lack a usable Content-Length.
func (s *stream) readBody() ([]byte, error) {
	length := -1
	for {
		line, err := s.r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err == nil && n >= 0 && n <= maxMessage {
				length = n
			}
		}
	}
	if length < 0 {
		return nil, s.replyError(codeParseError, "parse error: message without a valid Content-Length header")
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(s.r, body); err != nil {
		return nil, err
	}
	return body, nil
}

// replyError answers a message the server could not read.
func (s *stream) replyError(code int64, msg string) error {
	data, err := json.Marshal(struct {
		JSONRPC string `json:"jsonrpc"`
		ID      *int   `json:"id"`
		Error   struct {
			Code    int64  `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}{JSONRPC: "2.0", Error: struct {
		Code    int64  `json:"code"`
		Message string `json:"message"`
	}{code, msg}})
	if err != nil {
		return fmt.Errorf("encode error reply: %w", err)
	}
	return s.writeRaw(data)
}

// Close closes the transport.
func (s *stream) Close() error { return s.c.Close() }
