package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import fi.seloste.domain.Country;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Line;

/**
 * Transfers outside the EU/EEA (Art. 13(1)(f)): a line per system or recipient naming each country in the notice
 * language with its own safeguard. A safeguard not chosen is a draft marker, never a basis; where standard
 * contractual clauses or binding corporate rules are used, how to get a copy of them.
 */
final class TransfersOutline {

    private TransfersOutline() {
    }

    static List<Block> of(Notice notice, Register r, NoticeWording w) {
        List<Line> lines = new ArrayList<>();
        r.systems().forEach(s -> line(CatalogueNames.name(s, w.language()), s.transfers(), w).ifPresent(lines::add));
        r.recipients().forEach(x -> line(CatalogueNames.name(x, w.language()), x.transfers(), w).ifPresent(lines::add));
        List<Block> blocks = new ArrayList<>();
        if (lines.isEmpty()) {
            // A transfer whose country is not given yet prints no line, but it still means "no" is not true.
            if (r.transfersOutsideEea().isNo() && r.allTransfers().findAny().isEmpty()) {
                Blocks.paragraph(blocks, w.text("transfers.none"));
            }
            return blocks;
        }
        Blocks.group(blocks, w.text("transfers.some"), lines);
        boolean copyToObtain = Stream.concat(r.systems().stream().flatMap(s -> s.transfers().stream()),
                r.recipients().stream().flatMap(x -> x.transfers().stream()))
                .map(Transfer::safeguard).anyMatch(TransferSafeguard::hasCopyToObtain);
        String contact = NoticeOutline.contactPoint(notice);
        if (copyToObtain && !contact.isBlank()) {
            Blocks.paragraph(blocks, w.text("transfers.copy", contact));
        }
        return blocks;
    }

    private static java.util.Optional<Line> line(String who, List<Transfer> transfers, NoticeWording w) {
        List<String> countries = new ArrayList<>();
        for (Transfer t : transfers) {
            if (t.country().isBlank()) {
                continue;
            }
            String safeguard = t.safeguard() == TransferSafeguard.NONE ? w.text("transfers.safeguardMissing") : w.of(t.safeguard());
            countries.add(w.text("transfers.countrySafeguard", Country.name(t.country(), w.language()), safeguard));
        }
        if (countries.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Line.of(w.text("transfers.line", who, String.join("; ", countries))));
    }
}
