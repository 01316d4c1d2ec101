//! The address filter, the page key and the robots.txt matcher.

use sitrep_fetch::{page_key, read_url_list, refusal_reason, Robots};
use std::net::IpAddr;

fn reason(ip: &str) -> Option<&'static str> {
    refusal_reason(ip.parse::<IpAddr>().unwrap())
}

#[test]
fn non_public_ipv4_ranges_are_refused() {
    for (ip, why) in [
        ("127.0.0.1", "loopback"),
        ("127.255.255.254", "loopback"),
        ("10.0.0.1", "private"),
        ("10.255.255.255", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.255", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("100.64.0.1", "shared (CGNAT)"),
        ("100.127.255.255", "shared (CGNAT)"),
        ("0.0.0.0", "unspecified"),
        ("0.1.2.3", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("255.255.255.255", "broadcast"),
        ("240.0.0.1", "reserved"),
    ] {
        assert_eq!(reason(ip), Some(why), "{ip}");
    }
}

#[test]
fn public_ipv4_edges_are_allowed() {
    for ip in [
        "8.8.8.8",
        "1.1.1.1",
        "172.15.255.255",
        "172.32.0.1",
        "100.63.255.255",
        "100.128.0.1",
        "192.167.1.1",
        "169.253.1.1",
        "11.0.0.1",
        "223.255.255.254",
    ] {
        assert_eq!(reason(ip), None, "{ip}");
    }
}

#[test]
fn non_public_ipv6_forms_are_refused() {
    for (ip, why) in [
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fc00::1", "unique-local"),
        ("fd12:3456::1", "unique-local"),
        ("fe80::1", "link-local"),
        ("febf::1", "link-local"),
        ("fec0::1", "site-local"),
        ("ff02::1", "multicast"),
        // IPv4-mapped forms take the IPv4 address's reason.
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.1.2.3", "private"),
        ("::ffff:192.168.0.1", "private"),
        ("::ffff:169.254.169.254", "link-local"),
        ("::ffff:100.64.0.1", "shared (CGNAT)"),
        ("::ffff:7f00:1", "loopback"),
        ("::ffff:8.8.8.8", "IPv4-mapped"),
        ("::127.0.0.1", "IPv4-compatible"),
        ("::8.8.8.8", "IPv4-compatible"),
        ("64:ff9b::10.0.0.1", "private"),
        ("64:ff9b::127.0.0.1", "loopback"),
        ("2002:c0a8:0101::1", "private"),
        ("2002:7f00:0001::1", "loopback"),
    ] {
        assert_eq!(reason(ip), Some(why), "{ip}");
    }
}

#[test]
fn public_ipv6_is_allowed() {
    for ip in [
        "2001:4860:4860::8888",
        "2606:4700:4700::1111",
        "2a00:1450:4001:81c::200e",
        "64:ff9b::808:808",
        "2002:0808:0808::1",
        "fbff::1",
        "fe00::1",
    ] {
        assert_eq!(reason(ip), None, "{ip}");
    }
}

#[test]
fn page_key_is_32_hex_of_sha256_without_fragment() {
    let key = page_key("https://example.com/a");
    assert_eq!(key.len(), 32);
    assert!(key
        .chars()
        .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)));
    // SHA-256("abc") starts ba7816bf8f01cfea414140de5dae2223.
    assert_eq!(page_key("abc"), "ba7816bf8f01cfea414140de5dae2223");
    assert_eq!(page_key("  abc#frag \n"), page_key("abc"));
    assert_eq!(page_key("abc#"), page_key("abc"));
    assert_eq!(
        page_key("https://example.com/a#x"),
        page_key(" https://example.com/a ")
    );
    assert_ne!(
        page_key("https://example.com/a"),
        page_key("https://example.com/a/")
    );
    assert_ne!(
        page_key("https://example.com/a?b"),
        page_key("https://example.com/a")
    );
}

#[test]
fn url_lists_skip_blanks_and_comments() {
    let urls = read_url_list("# feeds\nhttps://a.example/x\n\n  https://b.example/y  \n#c\n");
    assert_eq!(urls, ["https://a.example/x", "https://b.example/y"]);
}

const UA: &str = "sitrep/0.1.0 (+https://example.invalid/sitrep)";

#[test]
fn robots_longest_match_wins_and_allow_wins_ties() {
    let r = Robots::parse(
        "User-agent: *\nDisallow: /news\nAllow: /news/public\nDisallow: /news/public/secret\n\
         Allow: /same\nDisallow: /same\n",
        UA,
    );
    assert!(!r.allowed("/news"));
    assert!(!r.allowed("/news/2024/x.html"));
    assert!(r.allowed("/news/public/a"));
    assert!(!r.allowed("/news/public/secret/b"));
    assert!(r.allowed("/same"));
    assert!(r.allowed("/other"));
    assert!(r.allowed("/robots.txt"));
}

#[test]
fn robots_our_group_replaces_the_star_group() {
    let text = "User-agent: *\nDisallow: /\n\nUser-agent: SITREP\nDisallow: /drafts\n";
    let r = Robots::parse(text, UA);
    assert!(r.allowed("/news/a"));
    assert!(!r.allowed("/drafts/a"));
    // Another agent gets the star group.
    let other = Robots::parse(text, "otherbot/2");
    assert!(!other.allowed("/news/a"));
}

#[test]
fn robots_groups_with_several_agents_and_merged_groups() {
    let text = "\
# comment
User-agent: foo
User-agent: sitrep # ours
Disallow: /a
Sitemap: https://example.com/sitemap.xml
Disallow: /b

User-agent: bar
Disallow: /c

user-agent: sitrep
disallow: /d
";
    let r = Robots::parse(text, UA);
    assert!(!r.allowed("/a"));
    assert!(!r.allowed("/b"));
    assert!(r.allowed("/c"));
    assert!(!r.allowed("/d"));
}

#[test]
fn robots_wildcards_end_anchors_and_empty_rules() {
    let r = Robots::parse(
        "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\nDisallow:\n",
        UA,
    );
    assert!(!r.allowed("/files/report.pdf"));
    assert!(r.allowed("/files/report.pdf?download=1"));
    // `?` is literal: only a query starting with print= matches.
    assert!(r.allowed("/story?id=3&print=1"));
    assert!(!r.allowed("/story?print=1"));
    assert!(r.allowed("/story?id=3"));
    // An empty Disallow allows everything else.
    assert!(r.allowed("/anything"));
}

#[test]
fn robots_without_groups_or_for_others_allow_all() {
    assert!(Robots::parse("", UA).allowed("/x"));
    assert!(Robots::parse("Disallow: /\n", UA).allowed("/x"));
    assert!(Robots::parse("User-agent: otherbot\nDisallow: /\n", UA).allowed("/x"));
    assert!(!Robots::parse("User-agent: *\nDisallow: /\n", UA).allowed("/x"));
}

#[test]
fn robots_percent_escapes_compare_as_octets() {
    let r = Robots::parse(
        "User-agent: *\nDisallow: /caf%c3%a9\nDisallow: /naïve\n",
        UA,
    );
    assert!(!r.allowed("/caf%C3%A9/menu"));
    assert!(!r.allowed("/na%C3%AFve"));
}
