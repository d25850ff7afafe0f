package fi.seloste.store;

import static fi.seloste.store.generated.Tables.DATA_CATEGORY;
import static fi.seloste.store.generated.Tables.DATA_SOURCE;
import static fi.seloste.store.generated.Tables.DATA_SUBJECT_GROUP;
import static fi.seloste.store.generated.Tables.PURPOSE;
import static fi.seloste.store.generated.Tables.RECIPIENT;
import static fi.seloste.store.generated.Tables.REGISTER;
import static fi.seloste.store.generated.Tables.RETENTION_RULE;
import static fi.seloste.store.generated.Tables.TRANSFER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.ListLimit;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Provision;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.store.generated.tables.records.RegisterRecord;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.TableField;
import org.jooq.TableRecord;

/** A register and all its content, read and written as one aggregate. */
final class RegisterRows {

    private static final LocalizedColumns NAME = new LocalizedColumns(REGISTER.NAME_FI, REGISTER.NAME_SV, REGISTER.NAME_EN);
    private static final LocalizedColumns DESCRIPTION =
            new LocalizedColumns(REGISTER.DESCRIPTION_FI, REGISTER.DESCRIPTION_SV, REGISTER.DESCRIPTION_EN);
    private static final LocalizedColumns IDENTITY_CODE_REASON = new LocalizedColumns(
            REGISTER.IDENTITY_CODE_REASON_FI, REGISTER.IDENTITY_CODE_REASON_SV, REGISTER.IDENTITY_CODE_REASON_EN);
    private static final LocalizedColumns PROVISION_CONSEQUENCE = new LocalizedColumns(
            REGISTER.PROVISION_CONSEQUENCE_FI, REGISTER.PROVISION_CONSEQUENCE_SV, REGISTER.PROVISION_CONSEQUENCE_EN);
    private static final LocalizedColumns AUTOMATED_LOGIC = new LocalizedColumns(
            REGISTER.AUTOMATED_LOGIC_FI, REGISTER.AUTOMATED_LOGIC_SV, REGISTER.AUTOMATED_LOGIC_EN);
    private static final LocalizedColumns AUTOMATED_SIGNIFICANCE = new LocalizedColumns(
            REGISTER.AUTOMATED_SIGNIFICANCE_FI, REGISTER.AUTOMATED_SIGNIFICANCE_SV, REGISTER.AUTOMATED_SIGNIFICANCE_EN);

    private RegisterRows() {
    }

    static List<Register> readAll(DSLContext db) {
        Result<RegisterRecord> registers = db.selectFrom(REGISTER).orderBy(REGISTER.POSITION, REGISTER.ID).fetch();
        RegisterChildren children = RegisterChildren.readAll(db);
        Map<Long, List<String>> systemKeys = SharedRows.systemKeysByRegister(db);
        List<Register> result = new ArrayList<>(registers.size());
        for (RegisterRecord row : registers) {
            result.add(read(row, children, systemKeys.getOrDefault(row.getId(), List.of())));
        }
        return result;
    }

    private static Register read(RegisterRecord row, RegisterChildren children, List<String> systemKeys) {
        long id = row.getId();
        return new Register(id,
                RegisterTemplate.valueOf(row.getTemplate()),
                NAME.read(row),
                DESCRIPTION.read(row),
                children.purposes(id),
                children.dataSubjects(id),
                children.dataCategories(id),
                IDENTITY_CODE_REASON.read(row),
                children.sources(id),
                systemKeys,
                children.recipients(id),
                children.retention(id),
                new AutomatedDecisions(Answer.valueOf(row.getAutomatedDecisionsAnswer()), Answer.valueOf(row.getProfilingAnswer()),
                        AUTOMATED_LOGIC.read(row), AUTOMATED_SIGNIFICANCE.read(row)),
                new Provision(ProvisionRequirement.valueOf(row.getProvisionRequirement()), PROVISION_CONSEQUENCE.read(row)),
                Answer.valueOf(row.getTransfersOutsideEea()),
                Answer.valueOf(row.getOtherDisclosures()));
    }

    /** Adds an empty register after the last one and returns it with its new id. */
    static Register add(DSLContext db, RegisterTemplate template, LocalizedText name) {
        int position = db.select(coalesce(max(REGISTER.POSITION), 0)).from(REGISTER).fetchSingle().value1() + 1;
        RegisterRecord row = db.newRecord(REGISTER);
        row.setPosition(position);
        row.setTemplate(template.name());
        NAME.write(row, name);
        row.store();
        return Register.empty(row.getId(), template, name);
    }

    /** Inserts a whole register under its own id, after the registers already there (for an import). */
    static void insert(DSLContext db, Register register) {
        int position = db.select(coalesce(max(REGISTER.POSITION), 0)).from(REGISTER).fetchSingle().value1() + 1;
        RegisterRecord row = db.newRecord(REGISTER);
        row.setId(register.id());
        row.setPosition(position);
        row.setTemplate(register.template().name());
        NAME.write(row, register.name());
        row.insert();
        replace(db, register);
    }

    /**
     * Makes the next register added get an id above {@code highestUsed}. Registers inserted under their own ids do
     * not move H2's identity on, and a new register must never take the id of one in a signed version.
     */
    static void continueIdsAfter(DSLContext db, long highestUsed) {
        if (highestUsed < 0 || highestUsed > ListLimit.HIGHEST_REGISTER_ID) {
            throw new RefusedValue.Refusal("notice.registers[].id", RefusedValue.Reason.OUT_OF_RANGE,
                    "A register id must be from 1 to " + ListLimit.HIGHEST_REGISTER_ID + ", not " + highestUsed);
        }
        // DDL takes no bind values; the number is a long computed here, not text from outside.
        db.execute("alter table register alter column id restart with " + (highestUsed + 1));
    }

    /** Replaces everything stored about the register; returns false when no register has that id. */
    static boolean replace(DSLContext db, Register register) {
        RegisterRecord row = db.fetchOne(REGISTER, REGISTER.ID.eq(register.id()));
        if (row == null) {
            return false;
        }
        row.setTemplate(register.template().name());
        NAME.write(row, register.name());
        DESCRIPTION.write(row, register.description());
        IDENTITY_CODE_REASON.write(row, register.identityCodeReason());
        row.setProvisionRequirement(register.provision().requirement().name());
        PROVISION_CONSEQUENCE.write(row, register.provision().consequence());
        row.setAutomatedDecisionsAnswer(register.automatedDecisions().decisions().name());
        row.setProfilingAnswer(register.automatedDecisions().profiling().name());
        AUTOMATED_LOGIC.write(row, register.automatedDecisions().logic());
        AUTOMATED_SIGNIFICANCE.write(row, register.automatedDecisions().significance());
        row.setTransfersOutsideEea(register.transfersOutsideEea().name());
        row.setOtherDisclosures(register.otherDisclosures().name());
        row.store();

        RegisterChildren.deleteAll(db, register.id());
        List<TableRecord<?>> inserts = new ArrayList<>(RegisterChildren.rowsFor(db, register));
        if (!inserts.isEmpty()) {
            db.batchInsert(inserts).execute();
        }
        SharedRows.replaceSystemKeys(db, register);
        return true;
    }

    static boolean delete(DSLContext db, long registerId) {
        return db.deleteFrom(REGISTER).where(REGISTER.ID.eq(registerId)).execute() > 0;
    }

    /** The child tables, each with its register_id column, in the order they are cleared. */
    static final List<TableField<? extends Record, Long>> CHILD_KEYS = List.of(
            PURPOSE.REGISTER_ID, DATA_SUBJECT_GROUP.REGISTER_ID, DATA_CATEGORY.REGISTER_ID, DATA_SOURCE.REGISTER_ID,
            RECIPIENT.REGISTER_ID, TRANSFER.REGISTER_ID, RETENTION_RULE.REGISTER_ID);
}
