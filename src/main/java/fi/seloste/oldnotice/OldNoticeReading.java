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

    /** How many registers the notice sets apart: one unless it names each in a part of its own. */
    public int registers() {
        return placed.stream().mapToInt(PlacedFact::register).max().orElse(0) + 1;
    }

    /**
     * The reading of one register's part: that register's values and every value of the business, each in register
     * 0, as a notice of that register alone would be read.
     */
    public OldNoticeReading ofRegister(int place) {
        if (registers() == 1) {
            return this;
        }
        List<PlacedFact> own = placed.stream().filter(f -> !f.field().perRegister() || f.register() == place)
                .map(f -> f.inRegister(0)).toList();
        return new OldNoticeReading(language, own, unplaced, outdated);
    }

    public Optional<String> first(FactField field) {
        return placed.stream().filter(f -> f.field() == field).map(PlacedFact::value).findFirst();
    }
}
