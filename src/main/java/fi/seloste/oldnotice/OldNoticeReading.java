package fi.seloste.oldnotice;

import fi.seloste.domain.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Seloste read from an old notice: the facts it placed (each with its sentence and target field), the
 * sentences it could not place, and the statements the law no longer supports. language is the notice's language,
 * the one its words go into.
 */
public record OldNoticeReading(Language language, List<PlacedFact> placed, List<UnplacedStatement> unplaced,
                               List<OutdatedStatement> outdated) {

    public OldNoticeReading {
        language = Objects.requireNonNullElse(language, Language.FI);
        placed = List.copyOf(placed);
        unplaced = List.copyOf(unplaced);
        outdated = List.copyOf(outdated);
    }

    public List<PlacedFact> placed(FactField field) {
        return placed.stream().filter(f -> f.field() == field).toList();
    }

    public Optional<String> first(FactField field) {
        return placed.stream().filter(f -> f.field() == field).map(PlacedFact::value).findFirst();
    }
}
