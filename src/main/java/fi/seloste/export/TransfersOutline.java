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
 * Transfers outside the EU/EEA (Art. 13(1)(f)): the business's systems' once, each register's recipients' with the
 * register; a line per system or recipient naming each country in the notice
 * language with its own safeguard. A safeguard not chosen is a draft marker, never a basis; where standard
 * contractual clauses or binding corporate rules are used, how to get a copy of them.
 */
final class TransfersOutline {

    private TransfersOutline() {
    }

    /** One register's transfers: its recipients', and a pointer to the systems' transfers told once for all. */
    static List<Block> of(Notice notice, Register r, NoticeWording w) {
        List<Line> lines = new ArrayList<>();
        r.recipients().forEach(x -> line(CatalogueNames.name(x, w.language()), x.transfers(), w).ifPresent(lines::add));
        List<String> transferring = notice.systemsOf(r).stream()
                .filter(s -> s.transfers().stream().anyMatch(t -> !t.country().isBlank()))
                .map(s -> CatalogueNames.name(s, w.language())).toList();
        boolean systemsTransfer = !transferring.isEmpty();
        List<Block> blocks = new ArrayList<>();
        if (lines.isEmpty() && !systemsTransfer) {
            // A transfer whose country is not given yet prints no line, but it still means "no" is not true.
            if (r.transfersOutsideEea().isNo() && notice.allTransfers(r).findAny().isEmpty()) {
                Blocks.paragraph(blocks, w.text("transfers.none"));
            }
            return blocks;
        }
        Blocks.group(blocks, w.text("transfers.recipients"), lines);
        if (systemsTransfer) {
            Blocks.paragraph(blocks, w.text("transfers.viaSystems", w.text("section.systems"), String.join(", ", transferring)));
        }
        copy(notice, r.recipients().stream().flatMap(x -> x.transfers().stream()), blocks, w);
        return blocks;
    }

    /** The transfers the business's systems make, a line per system, once for all registers. */
    static List<Block> ofSystems(Notice notice, NoticeWording w) {
        List<Line> lines = new ArrayList<>();
        notice.systems().forEach(s -> line(CatalogueNames.name(s, w.language()), s.transfers(), w).ifPresent(lines::add));
        List<Block> blocks = new ArrayList<>();
        Blocks.group(blocks, w.text("transfers.some"), lines);
        if (!lines.isEmpty()) {
            copy(notice, notice.systems().stream().flatMap(s -> s.transfers().stream()), blocks, w);
        }
        return blocks;
    }

    private static void copy(Notice notice, Stream<Transfer> transfers, List<Block> blocks, NoticeWording w) {
        boolean copyToObtain = transfers.map(Transfer::safeguard).anyMatch(TransferSafeguard::hasCopyToObtain);
        String contact = NoticeOutline.contactPoint(notice);
        if (copyToObtain && !contact.isBlank()) {
            Blocks.paragraph(blocks, w.text("transfers.copy", contact));
        }
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
