//! Connections counted per client address (`--max-ip-connections`): a
//! guard per connection, held while it lives.

use super::sessions::Relay;
use std::net::IpAddr;

impl Relay {
    /// One more connection from `ip`, unless it has `max` open (0: no
    /// limit); it is counted until the guard drops.
    pub(super) fn open_from(&self, ip: IpAddr, max: usize) -> Option<FromIp<'_>> {
        if max == 0 {
            return Some(FromIp(self, None));
        }
        // An IPv6 host usually has a /64 of its own: it counts as one.
        let ip = match ip {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => IpAddr::V6((u128::from(v6) & !u128::from(u64::MAX)).into()),
            },
            v4 => v4,
        };
        let mut per_ip = self.per_ip.lock().unwrap();
        let open = per_ip.entry(ip).or_default();
        if *open >= max {
            return None;
        }
        *open += 1;
        Some(FromIp(self, Some(ip)))
    }
}

/// A connection counted against its address's limit while it lives.
pub struct FromIp<'a>(&'a Relay, Option<IpAddr>);

impl Drop for FromIp<'_> {
    fn drop(&mut self) {
        let Some(ip) = self.1 else { return };
        let mut per_ip = self.0.per_ip.lock().unwrap();
        if let Some(open) = per_ip.get_mut(&ip) {
            *open -= 1;
            if *open == 0 {
                per_ip.remove(&ip);
            }
        }
    }
}
