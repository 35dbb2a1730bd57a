//! Property tests of the line protocol: valid messages round-trip, nothing panics, and
//! whatever decodes is exactly the canonical text of its message.

use cica_dash::sync::protocol::{self, Msg, Role};
use proptest::prelude::*;

fn any_msg() -> impl Strategy<Value = Msg> {
    let role = prop_oneof![Just(Role::Audience), Just(Role::Presenter)];
    prop_oneof![
        (role, any::<u32>()).prop_map(|(role, version)| Msg::Hello { role, version }),
        Just(Msg::Busy),
        (1..=protocol::MAX_TOTAL)
            .prop_flat_map(|total| (0..total, Just(total)))
            .prop_map(|(slide, total)| Msg::Goto { slide, total }),
        any::<bool>().prop_map(Msg::Blank),
        (any::<bool>(), 0..=protocol::MAX_ELAPSED_MS).prop_map(|(running, elapsed_ms)| {
            Msg::Timer {
                running,
                elapsed_ms,
            }
        }),
        Just(Msg::Bye),
    ]
}

proptest! {
    #[test]
    fn valid_messages_round_trip(msg in any_msg()) {
        let line = protocol::encode(&msg);
        prop_assert!(line.len() <= protocol::MAX_LINE + 1);
        prop_assert_eq!(protocol::decode(line.as_bytes()), Some(msg));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = protocol::decode(&bytes);
    }

    /// Near-valid lines: whatever decodes is exactly the canonical text of its message.
    #[test]
    fn whatever_decodes_is_canonical(
        line in "(hello|goto|blank|timer|busy|bye)( (audience|presenter|run|pause|-?[0-9]{1,12})){0,3}\n?"
    ) {
        if let Some(msg) = protocol::decode(line.as_bytes()) {
            let text = protocol::encode(&msg);
            prop_assert_eq!(text.trim_end(), line.trim_end());
        }
    }
}
