//! Reading inputs (being built).
