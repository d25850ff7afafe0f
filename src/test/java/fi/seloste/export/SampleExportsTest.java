package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedVersion;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.interchange.InterchangeDocument;
import fi.seloste.interchange.NoticeInterchange;
import fi.seloste.interchange.NoticeJson;
import fi.seloste.samples.CompletedSeeds;
import fi.seloste.testing.SampleRecords;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exports in docs/samples are what Seloste makes today, byte for byte, so that a reader never looks at an old
 * rendering. They show the two real notices as their owners would finish them in the wizard
 * (fi.seloste.samples.CompletedSeeds): complete in law and written in Finnish, Swedish and English. After a deliberate change to the documents, write them again (then look at them) with:
 * <pre>./mvnw test -Dtest=SampleExportsTest -Dseloste.samples.update=true</pre>
 */
class SampleExportsTest {

    private static final Path SAMPLES = Path.of("docs/samples");
    private static final NoticeMeta DRAFT = new NoticeMeta(LocalDate.of(2026, 11, 22), null);

    record Sample(String file, Export export) {
        @Override
        public String toString() {
            return file;
        }
    }

    interface Export {
        byte[] bytes() throws IOException;
    }

    static Stream<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        for (var seed : List.of(new Object[] {"physiotherapy-seed", CompletedSeeds.physiotherapy()},
                new Object[] {"beauty-salon-seed", CompletedSeeds.beautySalon()})) {
            String name = (String) seed[0];
            Notice notice = (Notice) seed[1];
            NoticeMeta meta = asTheAppExports(notice);
            for (Language language : Language.values()) {
                samples.add(new Sample(name + "-" + language.tag() + ".pdf", () -> NoticePdf.render(notice, language, meta)));
                samples.add(new Sample(name + "-" + language.tag() + ".html",
                        () -> NoticeHtml.document(notice, language, meta).getBytes(StandardCharsets.UTF_8)));
            }
        }
        Notice physiotherapy = CompletedSeeds.physiotherapy();
        SignOff signOff = new SignOff(1, Instant.parse("2026-11-22T10:15:00Z"),
                physiotherapy.contactPerson().name(), LocalizedText.finnish("yrittäjä"), NoticeJson.fingerprint(physiotherapy));
        NoticeMeta signed = NoticeMeta.signed(signOff);
        SignedVersion version = new SignedVersion(signOff, physiotherapy,
                new String(NoticeJson.canonicalBytes(physiotherapy), StandardCharsets.UTF_8), NoticeJson.FORMAT);
        samples.add(new Sample("physiotherapy-seed.json",
                () -> NoticeInterchange.write(new InterchangeDocument(physiotherapy, List.of(version)))));
        samples.add(new Sample("physiotherapy-seed-fi-signed-v1.pdf",
                () -> NoticePdf.render(physiotherapy, Language.FI, signed)));
        // The record of processing as the physiotherapist keeps it (SampleRecords): her notice with the billing
        // register her customer register feeds, and everything the record asks filled in.
        Notice withBilling = SampleRecords.physiotherapyNotice();
        ProcessingRecord record = SampleRecords.physiotherapy();
        // The same two registers as a notice: the business's systems said once before them, security and cookies
        // once after them (docs/decisions/0021).
        samples.add(new Sample("physiotherapy-two-registers-fi.html",
                () -> NoticeHtml.document(withBilling, Language.FI, asTheAppExports(withBilling))
                        .getBytes(StandardCharsets.UTF_8)));
        samples.add(new Sample("physiotherapy-seed-fi-record.pdf",
                () -> RecordOfProcessing.pdf(withBilling, record, Language.FI, asTheAppExports(withBilling))));
        samples.add(new Sample("physiotherapy-seed-fi-record.html",
                () -> RecordOfProcessing.html(withBilling, record, Language.FI, asTheAppExports(withBilling))
                        .getBytes(StandardCharsets.UTF_8)));
        for (Language language : List.of(Language.SV, Language.EN)) {
            samples.add(new Sample("physiotherapy-seed-" + language.tag() + "-record.pdf",
                    () -> RecordOfProcessing.pdf(withBilling, record, language, asTheAppExports(withBilling))));
        }
        // The beauty salon's record: one register, Finnish only.
        Notice salon = CompletedSeeds.beautySalon();
        ProcessingRecord salonRecord = SampleRecords.beautySalon();
        samples.add(new Sample("beauty-salon-seed-fi-record.pdf",
                () -> RecordOfProcessing.pdf(salon, salonRecord, Language.FI, asTheAppExports(salon))));
        samples.add(new Sample("beauty-salon-seed-fi-record.html",
                () -> RecordOfProcessing.html(salon, salonRecord, Language.FI, asTheAppExports(salon))
                        .getBytes(StandardCharsets.UTF_8)));
        return samples.stream();
    }

    /** Dated as the samples are, and marked as a draft exactly when the app would mark it. */
    private static NoticeMeta asTheAppExports(Notice notice) {
        return DRAFT.withDraft(CompletenessCheck.hasErrors(notice, DRAFT.date()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSampleIsWhatSelosteExportsToday(Sample sample) throws IOException {
        Path file = SAMPLES.resolve(sample.file());
        byte[] now = sample.export().bytes();
        if (Boolean.getBoolean("seloste.samples.update")) {
            Files.write(file, now);
        }
        assertThat(file).as("run ./mvnw test -Dtest=SampleExportsTest -Dseloste.samples.update=true").exists();
        assertThat(Files.readAllBytes(file))
                .as("%s is out of date: run ./mvnw test -Dtest=SampleExportsTest -Dseloste.samples.update=true", file)
                .isEqualTo(now);
    }
}
