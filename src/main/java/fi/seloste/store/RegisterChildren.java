package fi.seloste.store;

import static fi.seloste.store.generated.Tables.DATA_CATEGORY;
import static fi.seloste.store.generated.Tables.DATA_SOURCE;
import static fi.seloste.store.generated.Tables.DATA_SUBJECT_GROUP;
import static fi.seloste.store.generated.Tables.PURPOSE;
import static fi.seloste.store.generated.Tables.RECIPIENT;
import static fi.seloste.store.generated.Tables.RETENTION_RULE;
import static fi.seloste.store.generated.Tables.TRANSFER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SpecialCategory;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.store.generated.tables.records.DataCategoryRecord;
import fi.seloste.store.generated.tables.records.DataSourceRecord;
import fi.seloste.store.generated.tables.records.DataSubjectGroupRecord;
import fi.seloste.store.generated.tables.records.PurposeRecord;
import fi.seloste.store.generated.tables.records.RecipientRecord;
import fi.seloste.store.generated.tables.records.RetentionRuleRecord;
import fi.seloste.store.generated.tables.records.TransferRecord;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.TableRecord;

/** The lists inside registers: read for all registers at once, grouped by register, in the owner's order. */
final class RegisterChildren {

    private static final LocalizedColumns PURPOSE_DESCRIPTION =
            new LocalizedColumns(PURPOSE.DESCRIPTION_FI, PURPOSE.DESCRIPTION_SV, PURPOSE.DESCRIPTION_EN);
    private static final LocalizedColumns LEGITIMATE_INTEREST = new LocalizedColumns(
            PURPOSE.LEGITIMATE_INTEREST_FI, PURPOSE.LEGITIMATE_INTEREST_SV, PURPOSE.LEGITIMATE_INTEREST_EN);
    private static final LocalizedColumns SUBJECT_LABEL =
            new LocalizedColumns(DATA_SUBJECT_GROUP.LABEL_FI, DATA_SUBJECT_GROUP.LABEL_SV, DATA_SUBJECT_GROUP.LABEL_EN);
    private static final LocalizedColumns CATEGORY_LABEL =
            new LocalizedColumns(DATA_CATEGORY.LABEL_FI, DATA_CATEGORY.LABEL_SV, DATA_CATEGORY.LABEL_EN);
    private static final LocalizedColumns SOURCE_DESCRIPTION =
            new LocalizedColumns(DATA_SOURCE.DESCRIPTION_FI, DATA_SOURCE.DESCRIPTION_SV, DATA_SOURCE.DESCRIPTION_EN);
    private static final LocalizedColumns RECIPIENT_NAME =
            new LocalizedColumns(RECIPIENT.NAME_FI, RECIPIENT.NAME_SV, RECIPIENT.NAME_EN);
    private static final LocalizedColumns RECIPIENT_DESCRIPTION =
            new LocalizedColumns(RECIPIENT.DESCRIPTION_FI, RECIPIENT.DESCRIPTION_SV, RECIPIENT.DESCRIPTION_EN);
    private static final LocalizedColumns RETENTION_APPLIES_TO =
            new LocalizedColumns(RETENTION_RULE.APPLIES_TO_FI, RETENTION_RULE.APPLIES_TO_SV, RETENTION_RULE.APPLIES_TO_EN);
    private static final LocalizedColumns RETENTION_DETAILS =
            new LocalizedColumns(RETENTION_RULE.DETAILS_FI, RETENTION_RULE.DETAILS_SV, RETENTION_RULE.DETAILS_EN);
    private static final String RECIPIENT_HOLDER = "RECIPIENT";

    private final Map<Long, List<Purpose>> purposes;
    private final Map<Long, List<DataSubjectGroup>> dataSubjects;
    private final Map<Long, List<DataCategory>> dataCategories;
    private final Map<Long, List<DataSource>> sources;
    private final Map<Long, List<Recipient>> recipients;
    private final Map<Long, List<RetentionRule>> retention;

    private RegisterChildren(DSLContext db) {
        Map<Long, org.jooq.Result<TransferRecord>> transfers = db.selectFrom(TRANSFER)
                .orderBy(TRANSFER.REGISTER_ID, TRANSFER.HOLDER, TRANSFER.HOLDER_POSITION, TRANSFER.POSITION, TRANSFER.ID)
                .fetchGroups(TRANSFER.REGISTER_ID);
        purposes = group(db, PURPOSE.REGISTER_ID, PURPOSE.POSITION, PURPOSE.ID, RegisterChildren::purpose);
        dataSubjects = group(db, DATA_SUBJECT_GROUP.REGISTER_ID, DATA_SUBJECT_GROUP.POSITION, DATA_SUBJECT_GROUP.ID,
                RegisterChildren::dataSubject);
        dataCategories = group(db, DATA_CATEGORY.REGISTER_ID, DATA_CATEGORY.POSITION, DATA_CATEGORY.ID,
                RegisterChildren::dataCategory);
        sources = group(db, DATA_SOURCE.REGISTER_ID, DATA_SOURCE.POSITION, DATA_SOURCE.ID, RegisterChildren::source);
        recipients = group(db, RECIPIENT.REGISTER_ID, RECIPIENT.POSITION, RECIPIENT.ID,
                row -> recipient(row, transfersOf(transfers, row.getRegisterId(), RECIPIENT_HOLDER, row.getPosition())));
        retention = group(db, RETENTION_RULE.REGISTER_ID, RETENTION_RULE.POSITION, RETENTION_RULE.ID,
                RegisterChildren::retentionRule);
    }

    static RegisterChildren readAll(DSLContext db) {
        return new RegisterChildren(db);
    }

    List<Purpose> purposes(long registerId) {
        return purposes.getOrDefault(registerId, List.of());
    }

    List<DataSubjectGroup> dataSubjects(long registerId) {
        return dataSubjects.getOrDefault(registerId, List.of());
    }

    List<DataCategory> dataCategories(long registerId) {
        return dataCategories.getOrDefault(registerId, List.of());
    }

    List<DataSource> sources(long registerId) {
        return sources.getOrDefault(registerId, List.of());
    }

    List<Recipient> recipients(long registerId) {
        return recipients.getOrDefault(registerId, List.of());
    }

    List<RetentionRule> retention(long registerId) {
        return retention.getOrDefault(registerId, List.of());
    }

    private static List<Transfer> transfersOf(Map<Long, org.jooq.Result<TransferRecord>> all, long registerId, String holder,
                                              int holderPosition) {
        List<TransferRecord> rows = all.containsKey(registerId) ? all.get(registerId) : List.of();
        return Transfer.normalized(rows.stream()
                .filter(t -> t.getHolder().equals(holder) && t.getHolderPosition() == holderPosition)
                .map(t -> new Transfer(t.getCountry(), TransferSafeguard.valueOf(t.getSafeguard())))
                .toList());
    }

    static void deleteAll(DSLContext db, long registerId) {
        for (TableField<? extends Record, Long> key : RegisterRows.CHILD_KEYS) {
            db.deleteFrom(key.getTable()).where(key.eq(registerId)).execute();
        }
    }

    /** New rows for every list in the register, positions counting from 1 in list order. */
    static List<TableRecord<?>> rowsFor(DSLContext db, Register register) {
        long id = register.id();
        List<TableRecord<?>> rows = new ArrayList<>();
        int position = 0;
        for (Purpose p : register.purposes()) {
            PurposeRecord row = db.newRecord(PURPOSE);
            row.setRegisterId(id);
            row.setPosition(++position);
            PURPOSE_DESCRIPTION.write(row, p.description());
            row.setLegalBasis(EnumColumns.write(p.basis()));
            LEGITIMATE_INTEREST.write(row, p.legitimateInterest());
            row.setDirectMarketing(p.directMarketing());
            row.setTracksBehaviour(p.tracksBehaviour());
            rows.add(row);
        }
        position = 0;
        for (DataSubjectGroup g : register.dataSubjects()) {
            DataSubjectGroupRecord row = db.newRecord(DATA_SUBJECT_GROUP);
            row.setRegisterId(id);
            row.setPosition(++position);
            row.setCatalogKey(g.catalogKey());
            SUBJECT_LABEL.write(row, g.label());
            rows.add(row);
        }
        position = 0;
        for (DataCategory c : register.dataCategories()) {
            DataCategoryRecord row = db.newRecord(DATA_CATEGORY);
            row.setRegisterId(id);
            row.setPosition(++position);
            row.setCatalogKey(c.catalogKey());
            CATEGORY_LABEL.write(row, c.label());
            row.setSpecialCategory(EnumColumns.write(c.specialCategory()));
            row.setArticle9Condition(EnumColumns.write(c.article9Condition()));
            row.setOptional(c.optional());
            rows.add(row);
        }
        position = 0;
        for (DataSource s : register.sources()) {
            DataSourceRecord row = db.newRecord(DATA_SOURCE);
            row.setRegisterId(id);
            row.setPosition(++position);
            row.setKind(s.kind().name());
            row.setPubliclyAccessible(s.publiclyAccessible());
            SOURCE_DESCRIPTION.write(row, s.description());
            rows.add(row);
        }
        position = 0;
        for (Recipient r : register.recipients()) {
            RecipientRecord row = db.newRecord(RECIPIENT);
            row.setRegisterId(id);
            row.setPosition(++position);
            RECIPIENT_NAME.write(row, r.name());
            row.setKind(r.kind().name());
            RECIPIENT_DESCRIPTION.write(row, r.description());
            rows.add(row);
            transferRows(db, id, RECIPIENT_HOLDER, position, r.transfers(), rows);
        }
        position = 0;
        for (RetentionRule r : register.retention()) {
            RetentionRuleRecord row = db.newRecord(RETENTION_RULE);
            row.setRegisterId(id);
            row.setPosition(++position);
            RETENTION_APPLIES_TO.write(row, r.appliesTo());
            row.setRetentionCriterion(r.criterion().name());
            row.setYears(r.years());
            RETENTION_DETAILS.write(row, r.details());
            rows.add(row);
        }
        return rows;
    }

    private static void transferRows(DSLContext db, long registerId, String holder, int holderPosition,
                                     List<Transfer> transfers, List<TableRecord<?>> rows) {
        int position = 0;
        for (Transfer t : transfers) {
            TransferRecord row = db.newRecord(TRANSFER);
            row.setRegisterId(registerId);
            row.setHolder(holder);
            row.setHolderPosition(holderPosition);
            row.setPosition(++position);
            row.setCountry(t.country());
            row.setSafeguard(t.safeguard().name());
            rows.add(row);
        }
    }

    private static <R extends TableRecord<R>, T> Map<Long, List<T>> group(
            DSLContext db, TableField<R, Long> registerId, TableField<R, Integer> position, TableField<R, Long> rowId,
            Function<R, T> read) {
        return db.selectFrom(registerId.getTable())
                .orderBy(registerId, position, rowId)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(row -> row.get(registerId),
                        Collectors.mapping(read, Collectors.toList())));
    }

    private static Purpose purpose(PurposeRecord row) {
        return new Purpose(PURPOSE_DESCRIPTION.read(row), EnumColumns.read(LegalBasis.class, row.getLegalBasis()),
                LEGITIMATE_INTEREST.read(row), row.getDirectMarketing(), row.getTracksBehaviour());
    }

    private static DataSubjectGroup dataSubject(DataSubjectGroupRecord row) {
        return new DataSubjectGroup(row.getCatalogKey(), SUBJECT_LABEL.read(row));
    }

    private static DataCategory dataCategory(DataCategoryRecord row) {
        return new DataCategory(row.getCatalogKey(), CATEGORY_LABEL.read(row),
                EnumColumns.read(SpecialCategory.class, row.getSpecialCategory()),
                EnumColumns.read(Article9Condition.class, row.getArticle9Condition()), row.getOptional());
    }

    private static DataSource source(DataSourceRecord row) {
        return new DataSource(SourceKind.valueOf(row.getKind()), SOURCE_DESCRIPTION.read(row), row.getPubliclyAccessible());
    }

    private static Recipient recipient(RecipientRecord row, List<Transfer> transfers) {
        return new Recipient(RECIPIENT_NAME.read(row), RECIPIENT_DESCRIPTION.read(row), RecipientKind.valueOf(row.getKind()), transfers);
    }

    private static RetentionRule retentionRule(RetentionRuleRecord row) {
        return new RetentionRule(RETENTION_APPLIES_TO.read(row), RetentionCriterion.valueOf(row.getRetentionCriterion()),
                row.getYears(), RETENTION_DETAILS.read(row));
    }
}
