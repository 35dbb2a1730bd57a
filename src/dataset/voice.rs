//! Who a statement speaks for, as the data says it, so that every place showing a statement
//! (the Statements pane, the detail popup, the slides) labels a statement without a speaker
//! the same way: a collective statement only when the data marks it `collective`, "on behalf
//! of" the participant when the data names one, and otherwise "speaker not named".

use super::{Dataset, Statement};

/// Whose voice a statement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// The data names the speaker (and the statement is not marked collective).
    Named,
    /// Marked `collective = true`: made jointly ("Member States expressed …").
    Collective,
    /// No speaker, but the participant (by index) it was made for.
    OnBehalfOf(usize),
    /// No speaker and no participant: the source does not say who spoke.
    Unnamed,
}

impl Statement {
    /// Whose voice this statement is.
    pub fn voice(&self) -> Voice {
        match (self.collective, &self.speaker, self.participant) {
            (true, _, _) => Voice::Collective,
            (false, Some(_), _) => Voice::Named,
            (false, None, Some(p)) => Voice::OnBehalfOf(p),
            (false, None, None) => Voice::Unnamed,
        }
    }

    /// What to say about a statement that is not simply a named speaker's:
    /// `collective statement`, `on behalf of Russia`, `speaker not named`.
    pub fn voice_label(&self, data: &Dataset) -> Option<String> {
        match self.voice() {
            Voice::Named => None,
            Voice::Collective => Some("collective statement".to_owned()),
            Voice::OnBehalfOf(p) => {
                let name = data.participants.get(p).map_or("?", |p| p.name.as_str());
                Some(format!("on behalf of {name}"))
            }
            Voice::Unnamed => Some("speaker not named".to_owned()),
        }
    }

    /// The name heading the statement: the speaker, else the title the data gives (`Member
    /// States`), else the label with a capital (`On behalf of Russia`).
    pub fn who(&self, data: &Dataset) -> String {
        if let Some(name) = self.speaker.as_deref().or(self.title.as_deref()) {
            return name.to_owned();
        }
        let label = self.voice_label(data).unwrap_or_default();
        let mut chars = label.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    /// The label as a line under the heading: [`Statement::voice_label`], unless it is the
    /// heading itself (a statement with neither speaker nor title).
    pub fn voice_note(&self, data: &Dataset) -> Option<String> {
        self.voice_label(data)
            .filter(|_| self.speaker.is_some() || self.title.is_some())
    }

    /// Whether [`Statement::who`] already names the participant (`On behalf of Russia`), so a
    /// line need not add it again.
    pub fn who_names_participant(&self) -> bool {
        self.speaker.is_none()
            && self.title.is_none()
            && matches!(self.voice(), Voice::OnBehalfOf(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Participant, ParticipantKind};

    fn data() -> Dataset {
        let mut d = Dataset::default();
        d.participants.push(Participant {
            code: "RUS".into(),
            name: "Russia".into(),
            kind: ParticipantKind::State,
            status: None,
            since: None,
            aliases: Vec::new(),
            history: Vec::new(),
            notes: None,
        });
        d
    }

    fn statement() -> Statement {
        Statement {
            speaker: None,
            collective: false,
            person: None,
            title: None,
            participant: None,
            agenda: None,
            delivery: None,
            read_by: None,
            summary: Some("Said something.".into()),
            quote: None,
            notes: None,
            sources: Vec::new(),
        }
    }

    #[test]
    fn a_statement_marked_collective_is_a_collective_statement() {
        let s = Statement {
            collective: true,
            title: Some("Member States".into()),
            ..statement()
        };
        assert_eq!(s.voice(), Voice::Collective);
        assert_eq!(
            s.voice_label(&data()).as_deref(),
            Some("collective statement")
        );
        assert_eq!(s.who(&data()), "Member States");
        let untitled = Statement {
            collective: true,
            ..statement()
        };
        assert_eq!(untitled.who(&data()), "Collective statement");
    }

    #[test]
    fn a_participant_without_a_speaker_reads_on_behalf_of_it() {
        let s = Statement {
            participant: Some(0),
            ..statement()
        };
        assert_eq!(s.voice(), Voice::OnBehalfOf(0));
        assert_eq!(
            s.voice_label(&data()).as_deref(),
            Some("on behalf of Russia")
        );
        assert_eq!(s.who(&data()), "On behalf of Russia");
        assert!(s.who_names_participant());
        assert_eq!(s.voice_note(&data()), None, "the heading says it already");
        let titled = Statement {
            title: Some("Delegation".into()),
            ..s
        };
        assert_eq!(titled.who(&data()), "Delegation");
        assert!(!titled.who_names_participant());
        assert_eq!(
            titled.voice_note(&data()).as_deref(),
            Some("on behalf of Russia")
        );
    }

    #[test]
    fn no_speaker_no_participant_and_not_collective_is_speaker_not_named() {
        let s = Statement {
            notes: Some("The release does not name the speaker.".into()),
            ..statement()
        };
        assert_eq!(s.voice(), Voice::Unnamed);
        assert_eq!(s.voice_label(&data()).as_deref(), Some("speaker not named"));
        assert_eq!(s.who(&data()), "Speaker not named");
    }

    #[test]
    fn a_named_speaker_needs_no_label_unless_the_statement_is_collective() {
        let s = Statement {
            speaker: Some("Natalya Stepkina".into()),
            participant: Some(0),
            ..statement()
        };
        assert_eq!(s.voice(), Voice::Named);
        assert_eq!(s.voice_label(&data()), None);
        assert_eq!(s.who(&data()), "Natalya Stepkina");
        let joint = Statement {
            collective: true,
            ..s
        };
        assert_eq!(
            joint.voice_label(&data()).as_deref(),
            Some("collective statement"),
            "a speaker may read a joint statement"
        );
        assert_eq!(joint.who(&data()), "Natalya Stepkina");
    }
}
