package fi.seloste.batch;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import fi.seloste.clients.ClientScanner;
import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Language;
import fi.seloste.domain.SignedVersion;
import fi.seloste.export.NoticePrinting;
import fi.seloste.export.Printer;
import fi.seloste.export.SignedNoticeArchive;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;

/**
 * Prints a client file's latest signed version in one language as it was signed off, through the same path as a
 * signed version's Print… button: {@link SignedNoticeArchive#pdf} then {@link NoticePrinting#print}, but with the
 * printer and settings the owner chose once for the whole batch ({@link Printer#chooseOnce}), no dialog per file.
 */
public final class SignedPrint {

    /** The version printed, and the printer it went to. */
    public record Printed(int version, String printerName) {
    }

    private final Language language;
    private final Printer.PrintSession printer;
    private final ClientScanner.Gate gate;
    private final PrintTexts texts;

    /** @param printer the printer and settings chosen once for the whole batch */
    public SignedPrint(Language language, Printer.PrintSession printer, ClientScanner.Gate gate, PrintTexts texts) {
        this.language = language;
        this.printer = printer;
        this.gate = gate;
        this.texts = texts;
    }

    private record Latest(SignedVersion signed, List<ArchivedDocument> archived) {
    }

    /**
     * @throws BatchSkipped     when the file was never signed off: nothing to print
     * @throws PrinterException when the printer refused the job
     */
    public Printed print(Path file, Checkpoint checkpoint)
            throws BatchFailure, BatchSkipped, BatchCancelled, ClientFileException, IOException, PrinterException {
        checkpoint.reached(0, 2);
        Path absolute = file.toAbsolutePath().normalize();
        Latest latest = Gates.read(gate, absolute, () -> {
            try (ClientFile client = ClientFiles.openToRead(absolute)) {
                SignedVersion signed = client.signedVersions().stream()
                        .max(Comparator.comparingInt(v -> v.signOff().version())).orElse(null);
                return signed == null ? null : new Latest(signed, client.archivedDocuments(signed.signOff().version()));
            }
        });
        if (latest == null) {
            throw new BatchSkipped(texts.noSignedVersion());
        }
        int version = latest.signed().signOff().version();
        if (!latest.signed().notice().settings().languages().contains(language)) {
            throw new BatchFailure(texts.notSignedIn(version, language));
        }
        byte[] pdf = SignedNoticeArchive.pdf(latest.signed(), latest.archived(), language);
        checkpoint.reached(1, 2);
        String typed = latest.signed().notice().controller().name().strip();
        String client = typed.isEmpty() ? ClientFileName.displayName(file) : typed;
        NoticePrinting.Result result = NoticePrinting.print(pdf, texts.jobName(client, version, language), printer);
        switch (result.outcome()) {
            case PRINTED -> {
                return new Printed(version, result.printerName());
            }
            // Only a printer that asks per document lets the owner close a dialog here.
            default -> throw new BatchCancelled();
        }
    }
}
