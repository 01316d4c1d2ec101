//! Which network addresses a fetch may connect to, and the resolver that
//! pins every host to the addresses it was checked against.
//!
//! A host is resolved once per run. The answer is filtered (private,
//! loopback and other non-public addresses are dropped unless the run allows
//! them), remembered, and handed to the HTTP client as the only addresses it
//! may connect to. A second DNS answer can therefore never swap a checked
//! public address for a private one (DNS rebinding).

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, ToSocketAddrs};
use std::sync::{Arc, Mutex};

/// Why an address is not a public internet address, or `None` when it is.
///
/// Refused: loopback, private (10/8, 172.16/12, 192.168/16), link-local,
/// shared/CGNAT (100.64/10), unique-local (fc00::/7), unspecified, multicast,
/// broadcast and reserved ranges, and the same ranges reached through an
/// IPv6 form that embeds an IPv4 address (IPv4-mapped `::ffff:a.b.c.d`,
/// IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`).
pub fn refusal_reason(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => v4_reason(v4),
        IpAddr::V6(v6) => v6_reason(v6),
    }
}

fn v4_reason(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, ..] = ip.octets();
    if ip.is_unspecified() || a == 0 {
        Some("unspecified")
    } else if ip.is_loopback() {
        Some("loopback")
    } else if a == 10 || (a == 172 && (16..32).contains(&b)) || (a == 192 && b == 168) {
        Some("private")
    } else if a == 169 && b == 254 {
        Some("link-local")
    } else if a == 100 && (64..128).contains(&b) {
        Some("shared (CGNAT)")
    } else if ip.is_broadcast() {
        Some("broadcast")
    } else if ip.is_multicast() {
        Some("multicast")
    } else if a >= 240 {
        Some("reserved")
    } else {
        None
    }
}

fn v6_reason(ip: Ipv6Addr) -> Option<&'static str> {
    let seg = ip.segments();
    if ip.is_unspecified() {
        return Some("unspecified");
    }
    if ip.is_loopback() {
        return Some("loopback");
    }
    // IPv4-mapped ::ffff:a.b.c.d
    if let Some(v4) = ip.to_ipv4_mapped() {
        return v4_reason(v4).or(Some("IPv4-mapped"));
    }
    // IPv4-compatible ::a.b.c.d (deprecated, never routed)
    if seg[..6] == [0; 6] {
        return Some("IPv4-compatible");
    }
    // NAT64 well-known prefix 64:ff9b::/96 embeds an IPv4 address.
    if seg[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return v4_reason(embedded_v4(seg[6], seg[7]));
    }
    // 6to4 2002:aabb:ccdd::/48 embeds the IPv4 address aa.bb.cc.dd.
    if seg[0] == 0x2002 {
        return v4_reason(embedded_v4(seg[1], seg[2]));
    }
    match seg[0] {
        s if s & 0xfe00 == 0xfc00 => Some("unique-local"),
        s if s & 0xffc0 == 0xfe80 => Some("link-local"),
        s if s & 0xffc0 == 0xfec0 => Some("site-local"),
        s if s & 0xff00 == 0xff00 => Some("multicast"),
        _ => None,
    }
}

fn embedded_v4(hi: u16, lo: u16) -> Ipv4Addr {
    let [a, b] = hi.to_be_bytes();
    let [c, d] = lo.to_be_bytes();
    Ipv4Addr::new(a, b, c, d)
}

/// The outcome of resolving one `host:port`: the addresses we may connect
/// to, or a sentence saying why none.
type Pinned = Result<Vec<SocketAddr>, String>;

/// Resolves each `host:port` once, filters it and remembers the answer.
#[derive(Debug)]
pub(crate) struct AddressPolicy {
    allow_private: bool,
    pinned: Mutex<HashMap<String, Pinned>>,
}

impl AddressPolicy {
    pub(crate) fn new(allow_private: bool) -> Arc<AddressPolicy> {
        Arc::new(AddressPolicy {
            allow_private,
            pinned: Mutex::new(HashMap::new()),
        })
    }

    /// The checked addresses for `netloc` (`host:port`, IPv6 hosts in
    /// brackets), resolving and checking it on first use.
    pub(crate) fn addresses(&self, netloc: &str) -> Pinned {
        let mut pinned = self.pinned.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(known) = pinned.get(netloc) {
            return known.clone();
        }
        let answer = self.resolve(netloc);
        pinned.insert(netloc.to_string(), answer.clone());
        answer
    }

    fn resolve(&self, netloc: &str) -> Pinned {
        let host = netloc.rsplit_once(':').map_or(netloc, |(h, _)| h);
        let all: Vec<SocketAddr> = netloc
            .to_socket_addrs()
            .map_err(|e| format!("cannot resolve {host}: {e}"))?
            .collect();
        if self.allow_private {
            return if all.is_empty() {
                Err(format!("cannot resolve {host}: no addresses"))
            } else {
                Ok(all)
            };
        }
        let mut refused = None;
        let allowed: Vec<SocketAddr> = all
            .iter()
            .copied()
            .filter(|a| match refusal_reason(a.ip()) {
                Some(reason) => {
                    refused.get_or_insert((a.ip(), reason));
                    false
                }
                None => true,
            })
            .collect();
        match (allowed.is_empty(), refused) {
            (false, _) => Ok(allowed),
            (true, Some((ip, reason))) => Err(format!(
                "refusing {host}: it resolves to {ip}, a {reason} address \
                 (private targets need --allow-private)"
            )),
            (true, None) => Err(format!("cannot resolve {host}: no addresses")),
        }
    }
}

/// The resolver handed to the HTTP client: it answers only with addresses
/// the policy has checked, so the client connects to exactly those.
pub(crate) struct PinnedResolver(pub(crate) Arc<AddressPolicy>);

impl ureq::Resolver for PinnedResolver {
    fn resolve(&self, netloc: &str) -> io::Result<Vec<SocketAddr>> {
        self.0
            .addresses(netloc)
            .map_err(|msg| io::Error::new(io::ErrorKind::PermissionDenied, msg))
    }
}
