//! The page as one flat tree: html5ever parses into a vector of nodes linked by index, which
//! the extractor then walks without recursion (a node's children are a linked list, so any
//! depth costs an explicit stack, never the call stack).

use std::borrow::Cow;
use std::cell::{Ref, RefCell};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{local_name, ns, Attribute, LocalName, QualName};

/// No node.
pub(crate) const NONE: u32 = u32::MAX;

pub(crate) enum Data {
    Document,
    /// An element: its attributes, and for `<template>` its detached contents.
    Element {
        attrs: Vec<Attribute>,
        template: u32,
    },
    Text(StrTendril),
    /// Comments, processing instructions, doctypes: never read.
    Other,
}

pub(crate) struct Node {
    pub parent: u32,
    pub prev: u32,
    pub next: u32,
    pub first: u32,
    pub last: u32,
    /// The element's name (an empty name for other nodes).
    pub name: QualName,
    pub data: Data,
}

impl Node {
    fn new(name: QualName, data: Data) -> Self {
        Node {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            name,
            data,
        }
    }

    /// The local name of an HTML element; `None` for other nodes and foreign (SVG, MathML)
    /// elements.
    pub fn html_name(&self) -> Option<&LocalName> {
        match self.data {
            Data::Element { .. } if self.name.ns == ns!(html) => Some(&self.name.local),
            _ => None,
        }
    }

    pub fn attr(&self, name: LocalName) -> Option<&str> {
        match &self.data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|a| a.name.local == name && a.name.ns == ns!())
                .map(|a| &*a.value),
            _ => None,
        }
    }
}

/// The parsed page. Node 0 is the document.
pub(crate) struct Tree {
    pub nodes: Vec<Node>,
}

impl Tree {
    pub fn parse(html: &str) -> Tree {
        let sink = Sink {
            nodes: RefCell::new(vec![Node::new(empty_name(), Data::Document)]),
        };
        html5ever::parse_document(sink, Default::default()).one(StrTendril::from_slice(html))
    }

    /// The `<body>` element, or the document when there is none.
    pub fn body(&self) -> u32 {
        let mut stack = vec![0u32];
        // The body is a child of <html>, a child of the document: look two levels down.
        for _ in 0..2 {
            let mut next = Vec::new();
            for &n in &stack {
                let mut c = self.nodes[n as usize].first;
                while c != NONE {
                    let node = &self.nodes[c as usize];
                    if node.html_name() == Some(&local_name!("body")) {
                        return c;
                    }
                    next.push(c);
                    c = node.next;
                }
            }
            stack = next;
        }
        0
    }
}

fn empty_name() -> QualName {
    QualName::new(None, ns!(), local_name!(""))
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
}

impl Sink {
    fn push(&self, node: Node) -> u32 {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(node);
        (nodes.len() - 1) as u32
    }

    fn detach(nodes: &mut [Node], id: u32) {
        let (parent, prev, next) = {
            let n = &nodes[id as usize];
            (n.parent, n.prev, n.next)
        };
        if parent == NONE {
            return;
        }
        if prev != NONE {
            nodes[prev as usize].next = next;
        } else {
            nodes[parent as usize].first = next;
        }
        if next != NONE {
            nodes[next as usize].prev = prev;
        } else {
            nodes[parent as usize].last = prev;
        }
        let n = &mut nodes[id as usize];
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
    }

    fn append_child(nodes: &mut [Node], parent: u32, child: u32) {
        Self::detach(nodes, child);
        let last = nodes[parent as usize].last;
        {
            let c = &mut nodes[child as usize];
            c.parent = parent;
            c.prev = last;
        }
        if last != NONE {
            nodes[last as usize].next = child;
        } else {
            nodes[parent as usize].first = child;
        }
        nodes[parent as usize].last = child;
    }

    fn insert_before(nodes: &mut [Node], sibling: u32, child: u32) {
        Self::detach(nodes, child);
        let (parent, prev) = {
            let s = &nodes[sibling as usize];
            (s.parent, s.prev)
        };
        if parent == NONE {
            return;
        }
        {
            let c = &mut nodes[child as usize];
            c.parent = parent;
            c.prev = prev;
            c.next = sibling;
        }
        nodes[sibling as usize].prev = child;
        if prev != NONE {
            nodes[prev as usize].next = child;
        } else {
            nodes[parent as usize].first = child;
        }
    }

    /// Appends text to `node` if it is a text node.
    fn merge_text(nodes: &mut [Node], node: u32, text: &StrTendril) -> bool {
        if node == NONE {
            return false;
        }
        if let Data::Text(t) = &mut nodes[node as usize].data {
            t.push_tendril(text);
            return true;
        }
        false
    }
}

impl TreeSink for Sink {
    type Handle = u32;
    type Output = Tree;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Tree {
        Tree {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> u32 {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |n| &n[*target as usize].name)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> u32 {
        let template = if flags.template {
            self.push(Node::new(empty_name(), Data::Other))
        } else {
            NONE
        };
        self.push(Node::new(name, Data::Element { attrs, template }))
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.push(Node::new(empty_name(), Data::Other))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.push(Node::new(empty_name(), Data::Other))
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        match child {
            NodeOrText::AppendNode(c) => {
                Self::append_child(&mut self.nodes.borrow_mut(), *parent, c)
            }
            NodeOrText::AppendText(text) => {
                let mut nodes = self.nodes.borrow_mut();
                let last = nodes[*parent as usize].last;
                if !Self::merge_text(&mut nodes, last, &text) {
                    nodes.push(Node::new(empty_name(), Data::Text(text)));
                    let id = (nodes.len() - 1) as u32;
                    Self::append_child(&mut nodes, *parent, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(&self, element: &u32, prev: &u32, child: NodeOrText<u32>) {
        let has_parent = self.nodes.borrow()[*element as usize].parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &u32) -> u32 {
        match self.nodes.borrow()[*target as usize].data {
            Data::Element { template, .. } if template != NONE => template,
            // Not a template (the parser never asks): its own children will do.
            _ => *target,
        }
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &u32, child: NodeOrText<u32>) {
        let mut nodes = self.nodes.borrow_mut();
        match child {
            NodeOrText::AppendNode(c) => Self::insert_before(&mut nodes, *sibling, c),
            NodeOrText::AppendText(text) => {
                let prev = nodes[*sibling as usize].prev;
                if !Self::merge_text(&mut nodes, prev, &text) {
                    nodes.push(Node::new(empty_name(), Data::Text(text)));
                    let id = (nodes.len() - 1) as u32;
                    Self::insert_before(&mut nodes, *sibling, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &u32, add: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Data::Element { attrs, .. } = &mut nodes[*target as usize].data {
            for a in add {
                if !attrs.iter().any(|b| b.name == a.name) {
                    attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &u32) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        let mut nodes = self.nodes.borrow_mut();
        let mut c = nodes[*node as usize].first;
        while c != NONE {
            let next = nodes[c as usize].next;
            Self::append_child(&mut nodes, *new_parent, c);
            c = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(t: &Tree, n: u32) -> String {
        let mut out = String::new();
        let mut stack = vec![n];
        while let Some(n) = stack.pop() {
            let node = &t.nodes[n as usize];
            if let Data::Text(s) = &node.data {
                out.push_str(s);
            }
            let mut kids = Vec::new();
            let mut c = node.first;
            while c != NONE {
                kids.push(c);
                c = t.nodes[c as usize].next;
            }
            stack.extend(kids.into_iter().rev());
        }
        out
    }

    #[test]
    fn parses_misnested_markup_into_one_tree() {
        // The adoption agency moves nodes around: links must stay consistent.
        let t = Tree::parse("<p>a<b>b<i>c</b>d</i>e<table><tr><td>x</td></tr>y</table>z");
        let body = t.body();
        assert_ne!(body, 0);
        assert_eq!(text_of(&t, body), "abcdeyxz");
        for (i, n) in t.nodes.iter().enumerate() {
            if n.first != NONE {
                assert_eq!(t.nodes[n.first as usize].parent, i as u32);
                assert_eq!(t.nodes[n.first as usize].prev, NONE);
            }
            if n.next != NONE {
                assert_eq!(t.nodes[n.next as usize].prev, i as u32);
            }
        }
    }
}
