package pdf

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"unicode/utf16"

	"github.com/klippa-app/go-pdfium"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/tetratelabs/wazero/api"
)

// capi calls PDFium's C functions in one WebAssembly instance directly.
//
// go-pdfium's request layer costs, for every C call, a few allocations,
// a lock, handle look-ups in maps and a malloc/free pair for each output
// pointer; with wazero's WithCloseOnContextDone each call also starts a
// goroutine. A page's text layer takes thousands of calls, so the text
// path goes through capi: one call of the C function each, output
// pointers into one scratch block per page, and the context checked
// between calls. go-pdfium still loads the module, initialises PDFium and
// keeps the pool of instances.
type capi struct {
	// ctx is given to every call. It is the caller's context when the
	// module is compiled to be interruptible (wazero then stops a running
	// call when it ends), and context.Background otherwise, which spares
	// the look-up of values up a chain of contexts on every call.
	ctx   context.Context
	mem   api.Memory
	fns   map[string]api.Function
	look  func(string) api.Function
	stack [8]uint64
	// failed is set when a call failed in the WebAssembly code (a trap,
	// or the module stopped): the instance is not to be reused.
	failed bool
}

// newCAPI reaches the WebAssembly module behind a go-pdfium instance: its
// implementation's exported method Fn (functions by name, cached) and
// exported field Module (for the memory). go-pdfium gives no other access
// to them; a version of go-pdfium that changes them fails here, at the
// first document, with this error.
func newCAPI(inst pdfium.Pdfium) (*capi, error) {
	impl := inst.GetImplementation()
	fn, ok := impl.(interface{ Fn(string) api.Function })
	v := reflect.ValueOf(impl)
	if !ok || v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil, fmt.Errorf("pdfium: go-pdfium's WebAssembly implementation %T has no Fn method", impl)
	}
	f := v.Elem().FieldByName("Module")
	if !f.IsValid() || !f.CanInterface() {
		return nil, fmt.Errorf("pdfium: go-pdfium's WebAssembly implementation %T has no Module field", impl)
	}
	mod, ok := f.Interface().(api.Module)
	if !ok || mod == nil || mod.Memory() == nil {
		return nil, fmt.Errorf("pdfium: go-pdfium's WebAssembly implementation %T holds no module", impl)
	}
	return &capi{ctx: context.Background(), mem: mod.Memory(), fns: map[string]api.Function{}, look: fn.Fn}, nil
}

// call calls the C function name with args (at most 8) and returns its
// result (0 for void functions).
func (c *capi) call(name string, args ...uint64) (uint64, error) {
	f, ok := c.fns[name]
	if !ok {
		f = c.look(name)
		if f == nil {
			return 0, fmt.Errorf("pdfium: the WebAssembly module has no function %s", name)
		}
		c.fns[name] = f
	}
	n := copy(c.stack[:], args)
	clear(c.stack[n:])
	if err := f.CallWithStack(c.ctx, c.stack[:]); err != nil {
		c.failed = true
		return 0, fmt.Errorf("pdfium: %s: %w", name, err)
	}
	return c.stack[0], nil
}

// i32 and f64 decode results.
func i32(v uint64) int32   { return api.DecodeI32(v) }
func f64(v uint64) float64 { return api.DecodeF64(v) }

// malloc allocates n bytes in the instance's memory.
func (c *capi) malloc(n int) (uint32, error) {
	if n < 0 || n > 1<<30 {
		return 0, fmt.Errorf("pdfium: cannot allocate %d bytes", n)
	}
	p, err := c.call("malloc", uint64(n))
	if err != nil {
		return 0, err
	}
	if uint32(p) == 0 {
		return 0, fmt.Errorf("pdfium: out of memory for %d bytes (the instance's limit is reached)", n)
	}
	return uint32(p), nil
}

func (c *capi) free(p uint32) {
	if p != 0 {
		c.call("free", uint64(p))
	}
}

func (c *capi) f64At(p uint32) float64 {
	v, _ := c.mem.ReadFloat64Le(p)
	return v
}

func (c *capi) f32At(p uint32) float64 {
	v, _ := c.mem.ReadFloat32Le(p)
	return float64(v)
}

// bytesAt copies n bytes at p.
func (c *capi) bytesAt(p uint32, n int) ([]byte, error) {
	b, ok := c.mem.Read(p, uint32(n))
	if !ok {
		return nil, fmt.Errorf("pdfium: read of %d bytes at %#x out of memory", n, p)
	}
	return append([]byte(nil), b...), nil
}

// utf16At decodes n bytes of UTF-16LE at p, without the NULs at the end.
func (c *capi) utf16At(p uint32, n int) (string, error) {
	b, ok := c.mem.Read(p, uint32(n))
	if !ok {
		return "", fmt.Errorf("pdfium: read of %d bytes at %#x out of memory", n, p)
	}
	u := make([]uint16, 0, n/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
	}
	for len(u) > 0 && u[len(u)-1] == 0 {
		u = u[:len(u)-1]
	}
	return string(utf16.Decode(u)), nil
}

// lastError is PDFium's FPDF_GetLastError as go-pdfium's error of the code.
func (c *capi) lastError() error {
	code, err := c.call("FPDF_GetLastError")
	if err != nil {
		return err
	}
	switch uint32(code) {
	case 0:
		return pdfiumerrors.ErrSuccess
	case 1:
		return pdfiumerrors.ErrUnknown
	case 2:
		return pdfiumerrors.ErrFile
	case 3:
		return pdfiumerrors.ErrFormat
	case 4:
		return pdfiumerrors.ErrPassword
	case 5:
		return pdfiumerrors.ErrSecurity
	case 6:
		return pdfiumerrors.ErrPage
	}
	return pdfiumerrors.ErrUnexpected
}

// loadDocument copies data into the instance and opens it; buf is the
// copy, to free once the document is closed.
func (c *capi) loadDocument(data []byte) (doc, buf uint32, err error) {
	if len(data) > 1<<30 {
		return 0, 0, fmt.Errorf("pdfium: a file of %d bytes is too large", len(data))
	}
	buf, err = c.malloc(max(len(data), 1))
	if err != nil {
		return 0, 0, err
	}
	if !c.mem.Write(buf, data) {
		c.free(buf)
		return 0, 0, errors.New("pdfium: could not copy the file into the instance")
	}
	d, err := c.call("FPDF_LoadMemDocument", uint64(buf), uint64(len(data)), 0)
	if err == nil && uint32(d) == 0 {
		err = c.lastError()
	}
	if err != nil {
		c.free(buf)
		return 0, 0, err
	}
	return uint32(d), buf, nil
}
