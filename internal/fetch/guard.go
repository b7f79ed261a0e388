package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"
)

// ErrPrivateAddress means a connection was refused because the address it
// would reach is loopback, private, link-local, shared (CGNAT),
// unspecified, multicast or reserved. A page on the Internet must not be
// able to make the SDK call a service on the caller's own machine or
// network. Allow such addresses with WithAllowPrivate (parse.WithAllowPrivate,
// the CLI's --allow-private) for intranet portals and tests.
var ErrPrivateAddress = errors.New("private address refused")

// ErrScheme means a URL, or a redirect, leads to a scheme other than http
// or https.
var ErrScheme = errors.New("only http and https are fetched")

// RefusedError names the address a connection was refused to, and why.
// errors.Is(err, ErrPrivateAddress) holds for it.
type RefusedError struct {
	Addr  netip.Addr // the resolved address the dialer was about to reach
	Range string     // what the address is: "loopback", "private", ...
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("từ chối kết nối tới địa chỉ nội bộ %s (%s) / refused to connect to %s, a %s address: "+
		"allow it with parse.WithAllowPrivate(true) or --allow-private", e.Addr, e.Range, e.Addr, e.Range)
}

// Is makes errors.Is(err, ErrPrivateAddress) true.
func (e *RefusedError) Is(target error) bool { return target == ErrPrivateAddress }

// refusedRanges are the address ranges a guarded dialer does not reach,
// each with the word an error uses for it. IPv4-mapped IPv6 addresses are
// unmapped before the check, so ::ffff:127.0.0.1 is loopback.
var refusedRanges = []struct {
	prefix netip.Prefix
	what   string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified"},
	{netip.MustParsePrefix("10.0.0.0/8"), "private"},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared (CGNAT)"},
	{netip.MustParsePrefix("127.0.0.0/8"), "loopback"},
	{netip.MustParsePrefix("169.254.0.0/16"), "link-local"},
	{netip.MustParsePrefix("172.16.0.0/12"), "private"},
	{netip.MustParsePrefix("192.0.0.0/24"), "reserved"},
	{netip.MustParsePrefix("192.168.0.0/16"), "private"},
	{netip.MustParsePrefix("198.18.0.0/15"), "reserved"},
	{netip.MustParsePrefix("224.0.0.0/4"), "multicast"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("::/128"), "unspecified"},
	{netip.MustParsePrefix("::1/128"), "loopback"},
	{netip.MustParsePrefix("64:ff9b::/96"), "NAT64"},
	{netip.MustParsePrefix("fc00::/7"), "private"},
	{netip.MustParsePrefix("fe80::/10"), "link-local"},
	{netip.MustParsePrefix("ff00::/8"), "multicast"},
}

// Refused tells whether a guarded dialer refuses addr, and what kind of
// address it is.
func Refused(addr netip.Addr) (string, bool) {
	addr = addr.Unmap()
	for _, r := range refusedRanges {
		if r.prefix.Contains(addr) {
			if r.what == "NAT64" {
				// The IPv4 address a NAT64 address embeds decides.
				a4 := addr.As16()
				if what, ok := Refused(netip.AddrFrom4([4]byte(a4[12:]))); ok {
					return what + " (NAT64)", true
				}
				return "", false
			}
			return r.what, true
		}
	}
	return "", false
}

// control returns the net.Dialer Control function of a guarded dialer.
// It runs after name resolution, once for every address the dialer
// tries, so it sees the address a connection would really reach: a host
// name that resolves to 127.0.0.1, a redirect to http://[::1]/ or a DNS
// answer that changes between two requests are all caught here.
func control(refused func(netip.Addr) (string, bool)) func(network, address string, _ syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("%w: cannot read the address %q", ErrPrivateAddress, address)
		}
		if what, ok := refused(ap.Addr()); ok {
			return &RefusedError{Addr: ap.Addr().Unmap(), Range: what}
		}
		return nil
	}
}

// dialer returns the DialContext of a transport: guarded by refused
// unless that is nil.
func dialer(refused func(netip.Addr) (string, bool)) func(ctx context.Context, network, addr string) (net.Conn, error) {
	d := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	if refused != nil {
		d.Control = control(refused)
	}
	return d.DialContext
}
