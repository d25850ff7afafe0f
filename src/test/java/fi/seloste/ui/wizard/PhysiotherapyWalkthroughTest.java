package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Answer;
import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.Bundles;
import fi.seloste.testing.Keyboard;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.StepPage;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole wizard end to end for the physiotherapy seed (../shared/seeds/physiotherapy-practice-tietosuojaseloste.txt,
 * {@link SeedNotices#physiotherapy()}), clicking and typing as the owner would: a new client file "Flowest" through
 * File → New client file…, every step from the controller to the review, then File → Close and File → Open recent,
 * and everything entered is there, on the screen and in the client file as {@link ClientFiles#open} reads it.
 *
 * <p>How text gets in, three ways, all through the focused control's own key or paste handling:
 * <ul>
 *   <li>TestFX's {@code write(...)}, one character at a time (the file name, the controller's name, Y-tunnus,
 *       postal code and town, the review date). "ä" and "ö" do arrive on Monocle: the write robot sends key-typed
 *       events to the scene, not through the glass robot; "Tähtelä" is written this way.</li>
 *   <li>{@link Keyboard#type}, the same key events without TestFX's ~75 ms pause after each character, for the
 *       other short texts, Finnish letters included. Typing all of them with {@code write(...)} took the test to
 *       about two minutes.</li>
 *   <li>The long seed paragraphs (a source, Vello's use, retention details, security texts) are pasted as the
 *       owner would copy them from her old notice: the clipboard is filled, then Ctrl+A and Ctrl+V in the field.</li>
 * </ul>
 * Every entry is checked to have arrived whole. Clicks, TAB, most ENTERs and Ctrl+A/Ctrl+V go through the glass
 * robot ({@link #click(Node)}, {@code push(...)}).
 *
 * <p>Where the app lets the owner down, the check is a soft assertion labelled "APP BUG", so the walk goes on and
 * the failure lists every such bug at the end with the rest of the walk still checked.
 */
class PhysiotherapyWalkthroughTest extends FxRobot {

    private static final String STREET = "Pallokentäntie 19 A 2";
    private static final String TOWN = "Tähtelä";
    private static final String REGISTER_NAME = "Flowest asiakastietorekisteri";
    private static final String PURPOSE = "Henkilötietoja käsitellään asiakassuhteen hoitamiseksi.";
    private static final String INTEREST = "asiakassuhteen hoitaminen";
    private static final String SUBJECT_CONTACTS = "yhteistietonsa jättäneet henkilöt";
    private static final String SUBJECT_PARTNERS = "yhteistyökumppanit";
    private static final String PAPER_MATERIAL = "testauslomakkeet ja muut paperiset asiakasmateriaalit";
    private static final String SOURCE = "Rekisteriin tallennettavat tiedot saadaan asiakkaalta mm. verkkolomakkeilla "
            + "lähetetyistä viesteistä, sähköpostitse, puhelimitse, asiakastapaamisista ja muista tilanteista, joissa "
            + "asiakas luovuttaa tietojaan.";
    private static final String VELLO_USE = "Vello on potilastieto- ja ajanhallintajärjestelmä. Järjestelmään ei tallennu "
            + "potilaskirjauksia, potilaskirjaukset ohjautuvat Vellon kautta suoraan Kanta-järjestelmään.";
    /** The seed does not name Flowest's web host; any host the owner would type. */
    private static final String ROUNDCUBE_HOST = "Zoner Oy";
    private static final String PAPER_RETENTION = "asiakassuhteen ajan, jonka jälkeen paperilla oleva materiaali tuhotaan";
    private static final String PAPER_SECURITY = "Asiakkaisiin liittyvää, ei sähköisessä muodossa olevaa dokumentaatiota "
            + "(kuten testauslomakkeet ja muut paperiset asiakasmateriaalit) säilytetään Flowestin hallinnoimassa tilassa "
            + "lukitussa kaapissa. Paperisessa muodossa olevat henkilöasiakirjat säilytetään lukitussa tilassa.";
    private static final String ELECTRONIC_SECURITY = "Tietoja säilytetään teknisesti suojattuina. Pääsy tietoihin vaatii "
            + "riittävät oikeudet ja yritys huolehtii, että yrityksen käytössä olevien laitteiden tietoturvasta "
            + "huolehditaan asianmukaisilla suojaohjelmilla. Tietojärjestelmillä tallennettavat ja käsiteltävät tiedot "
            + "ovat vain yhteyshenkilön käytettävissä. Käyttö edellyttää kirjautumista tietojärjestelmään.";
    private static final String ORGANISATIONAL_SECURITY = "Käyttäjää sitoo vaitiolovelvollisuus.";
    private static final String RIGHTS = "Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle.";
    private static final Set<SecurityMeasure> MEASURES = EnumSet.of(SecurityMeasure.LOCKED_CABINET,
            SecurityMeasure.LOCKED_PREMISES, SecurityMeasure.SHREDDING, SecurityMeasure.PERSONAL_ACCOUNTS,
            SecurityMeasure.ACCESS_RIGHTS_BY_ROLE, SecurityMeasure.UPDATES_AND_MALWARE_PROTECTION,
            SecurityMeasure.CONFIDENTIALITY_OBLIGATION);

    @TempDir
    Path root;

    private RunningApp app;

    @AfterEach
    void quit() throws Exception {
        app.stop();
    }

    @Test
    void theOwnerWalksTheWholeWizardForThePhysiotherapySeedAndFindsEverythingAfterReopening() throws Exception {
        SoftAssertions appBugs = new SoftAssertions();
        Notice seed = SeedNotices.physiotherapy();
        Register seedRegister = seed.registers().get(0);
        LocalDate nextReview = LocalDate.now().plusYears(1);

        app = new RunningApp(root);
        Stage stage = app.start();
        await("the default client file is open", () -> showing(this, "#controller-name"));
        clickOn("#menu-file").clickOn("#menu-file-new");
        await("the new-file dialog is shown", () -> showing(this, "#new-client-name"));
        clickOn("#new-client-name").write("Flowest");
        clickOn("#new-client-create");
        await("the new file is open", () -> stage.getTitle().equals("Flowest – Seloste"));
        awaitStep(NoticeStep.CONTROLLER);

        // 1. Controller. The name typed for the new file is the business's name already (asked once); TAB moves from
        // the name to the Y-tunnus, as a keyboard user goes.
        assertThat(text("#controller-name")).isEqualTo("Flowest");
        click(node("#controller-name"));
        push(KeyCode.TAB);
        await("TAB moves to the business id", () -> node("#controller-business-id").isFocused());
        write("3015969-6");
        assertThat(text("#controller-business-id")).isEqualTo("3015969-6");
        assertThat(showing(this, "#controller-business-id-message")).as("a valid Y-tunnus has no message").isFalse();
        type("#controller-street", STREET);
        writeInto("#controller-postal-code", "10120");
        writeInto("#controller-town", TOWN);
        type("#controller-phone", "+35850 405 4126");

        // 2. Contact person; no data protection officer.
        next(NoticeStep.CONTACT);
        type("#contact-name", "Veera Westerholm");
        type("#contact-email", "veera.westerholm@flowest.fi");
        type("#contact-phone", "+35850 4054126");
        type("#contact-street", STREET);
        type("#contact-postal-code", "10120");
        type("#contact-town", TOWN);
        assertThat(checked("#dpo-exists")).isFalse();

        // 3. Registers: one from the booking-and-patients template (added on the disk thread), renamed as the seed.
        next(NoticeStep.REGISTERS);
        clickOn("#registers-add").clickOn("#registers-add-booking-and-patients");
        await("the new register is shown", () -> showing(this, "#register-0-name"));
        assertThat(text("#register-0-name")).isEqualTo("Ajanvaraus- ja potilasrekisteri");
        retype("#register-0-name", REGISTER_NAME);

        // 4. Purposes: the seed's own purpose with legitimate interest, chosen by clicking in the combo's list;
        //    the template's booking purpose (contract) is removed, its three legal obligations stay.
        next(NoticeStep.PURPOSES);
        assertThat(lookup("#register-chooser").queryAs(ComboBox.class).getValue())
                .as("the register chooser shows the renamed register")
                .extracting(r -> ((Register) r).name().fi()).isEqualTo(REGISTER_NAME);
        assertThat(lookup(".item-card").queryAll()).as("the template's four purposes").hasSize(4);
        click("#purpose-add");
        await("a fifth purpose", () -> showing(this, "#purpose-4-description"));
        type("#purpose-4-description", PURPOSE);
        chooseByClicking("#purpose-4-basis", "Legitimate interest (Art. 6(1)(f))");
        await("the legitimate interest is asked for", () -> showing(this, "#purpose-4-interest"));
        assertThat(text("#purpose-4-basis-help")).startsWith("Your business has a real need");
        type("#purpose-4-interest", INTEREST);
        click("#purpose-0-remove");
        await("the booking purpose is gone", () -> lookup("#purpose-4").tryQuery().isEmpty());
        assertThat(text("#purpose-3-description")).isEqualTo(PURPOSE);
        assertThat(text("#purpose-3-interest")).isEqualTo(INTEREST);
        assertThat(checked("#purpose-3-direct-marketing")).as("the seed's purpose is not direct marketing").isFalse();
        assertThat(checked("#purpose-3-tracks-behaviour")).isFalse();

        // 5. People and data: the template's checklists ticked and unticked, the seed's own entries added.
        next(NoticeStep.DATA);
        assertThat(checked("#subject-clients-and-patients")).isTrue();
        assertThat(checked("#subject-guardians")).isFalse();
        type("#subject-add-text", SUBJECT_CONTACTS);
        push(KeyCode.ENTER); // ENTER in the field adds the entry, as the Add button does
        await("the own group is added", () -> showing(this, "#subject-own-0"));
        type("#subject-add-text", SUBJECT_PARTNERS);
        click("#subject-add");
        await("the second own group is added", () -> showing(this, "#subject-own-1"));
        assertThat(checked("#category-personal-identity-code")).as("the template ticks henkilötunnus").isTrue();
        assertThat(showing(this, "#data-identity-code-reason")).isTrue();
        setChecked("#category-personal-identity-code", false);
        await("no reason is asked without henkilötunnus", () -> !showing(this, "#data-identity-code-reason"));
        setChecked("#category-health-data", false);
        assertThat(checked("#category-treatment-records")).isTrue();
        assertThat(lookup("#category-treatment-records-condition").queryAs(ComboBox.class).getValue())
                .isEqualTo(Article9Condition.HEALTH_OR_SOCIAL_CARE);
        type("#category-add-text", PAPER_MATERIAL);
        click("#category-add");
        await("the own category is added", () -> showing(this, "#category-own-0"));

        // 6. Sources: only the client, in the seed's words. Then a jump through the step list to the systems.
        next(NoticeStep.SOURCES);
        assertThat(checked("#source-data-subject")).isTrue();
        setChecked("#source-staff", false);
        await("the staff source's text is gone", () -> !showing(this, "#source-staff-description"));
        paste("#source-data-subject-description", SOURCE);
        click("#wizard-step-SYSTEMS");
        awaitStep(NoticeStep.SYSTEMS);

        // 7. Systems from the catalogue; Roundcube asks who hosts it; Kanta is the patient archive, a system.
        addFromCatalogue("hub", "HubSpot");
        addFromCatalogue("holvi", "Holvi");
        addFromCatalogue("vello", "Vello");
        addFromCatalogue("roundcube", "Roundcube webmail");
        assertThat(labelOf("#system-3-vendor")).as("Roundcube asks for its hosting provider").isEqualTo("Hosting provider");
        assertThat(labelOf("#system-0-vendor")).isEqualTo("Vendor");
        appBugs.assertThat(text("#system-3-vendor"))
                .as("APP BUG: Roundcube's \"Hosting provider\" field should be empty so that its prompt asks who runs "
                        + "the mail server; it comes filled with the software's author, which the published notice "
                        + "would then show as the provider")
                .isEmpty();
        retype("#system-3-vendor", ROUNDCUBE_HOST);
        paste("#system-2-used-for", VELLO_USE);
        assertThat(checked("#system-0-outside")).as("HubSpot's transfer comes from the catalogue").isTrue();
        assertThat(shownIn("#system-0-transfer-0-country")).as("countries are named in the UI language").isEqualTo("United States");
        addFromCatalogue("kanta", "Kanta Services");
        await("Kanta is a system", () -> showing(this, "#system-4-role"));
        assertThat(shownIn("#system-4-role")).isEqualTo("Kanta Patient Data Repository (we stay the controller)");
        assertThat(labelOf("#system-4-vendor")).as("Kela maintains the archive").isEqualTo("Maintained by");
        assertThat(text("#system-4-vendor")).isEqualTo("Kansaneläkelaitos (Kela)");

        // 8. Recipients: none of their own. Transfers as the catalogue filled them, so the owner answers yes; the
        //    seed lists no other regular disclosures, so no.
        next(NoticeStep.RECIPIENTS);
        assertThat(lookup("#recipient-0").tryQuery()).as("Kanta is not a recipient").isEmpty();
        assertThat(lookup("#transfers-summary .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(line -> assertThat(line).contains("HubSpot", "United States", englishLabel(hubspotUs().safeguard())));
        assertThat(text("#recipients-transfers-hint")).contains("HubSpot");
        chooseByClicking("#recipients-transfers-outside-eea", "Yes, as listed below");
        chooseByClicking("#recipients-other-disclosures", "No");

        // 9. Retention: paper material for the customer relationship only, i.e. 0 years after it ends. The owner
        //    first writes "0 v" (0 vuotta) in the years field and presses ENTER, then writes just 0 and ENTER.
        next(NoticeStep.RETENTION);
        assertThat(lookup(".item-card").queryAll()).as("the template's three rules").hasSize(3);
        click("#retention-add");
        await("a fourth rule", () -> showing(this, "#retention-3-applies-to"));
        type("#retention-3-applies-to", PAPER_MATERIAL);
        assertThat(lookup("#retention-3-criterion").queryAs(ComboBox.class).getValue())
                .isEqualTo(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS);
        TextField years = lookup("#retention-3-years").queryAs(TextField.class);
        click(years);
        push(KeyCode.SHORTCUT, KeyCode.A);
        Keyboard.type(this, years, "0 v");
        Throwable typo = catchThrowable(() -> Keyboard.hit(this, years, KeyCode.ENTER));
        WaitForAsyncUtils.clearExceptions();
        assertThat(typo).as("a typo in the years field is not an error on the FX thread").isNull();
        await("a message says what is wrong", () -> showing(this, "#retention-3-years-message"));
        assertThat(years.getText()).as("what the owner typed stays in the field").isEqualTo("0 v");
        assertThat(paperRule().years()).as("the rule keeps the last whole number typed, the 0 before \" v\"").isEqualTo(0);
        retype(years, "0");
        await("the years are 0", () -> Integer.valueOf(0).equals(paperRule().years()));
        await("the message is gone", () -> !showing(this, "#retention-3-years-message"));
        paste("#retention-3-details", PAPER_RETENTION);

        // 10. Security: the seed's measures ticked, its texts.
        next(NoticeStep.SECURITY);
        for (SecurityMeasure measure : MEASURES) {
            setChecked("#security-" + measure.name().toLowerCase(Locale.ROOT).replace('_', '-'), true);
        }
        paste("#security-paper-text", PAPER_SECURITY);
        paste("#security-electronic-text", ELECTRONIC_SECURITY);
        type("#security-organisational-text", ORGANISATIONAL_SECURITY);

        // 11. Cookies: the seed says nothing, so they stay unanswered. "Tietoja ei käytetä automatisoituun
        //     päätöksentekoon tai profilointiin": no and no. Profiling answered yes by mistake asks for its logic.
        next(NoticeStep.COOKIES_AND_AUTOMATION);
        assertThat(shownIn("#cookies-used")).isEqualTo("Choose…");
        assertThat(shownIn("#automated-decisions")).isEqualTo("Choose…");
        chooseByClicking("#automated-decisions", "No");
        chooseByClicking("#automated-profiling", "Yes");
        await("the logic is asked for", () -> showing(this, "#automated-logic"));
        chooseByClicking("#automated-profiling", "No");
        await("and no longer", () -> !showing(this, "#automated-logic"));

        // 12. Rights: Seloste writes them; the owner says how to use them.
        next(NoticeStep.RIGHTS);
        assertThat(showing(this, "#rights-generated")).isTrue();
        type("#rights-instructions", RIGHTS);

        // 13. Review: the findings, one's "go to" link, back through the step list; languages; next review date.
        next(NoticeStep.REVIEW);
        assertThat(showing(this, "#review-findings")).isTrue();
        assertThat(text("#review-summary")).isNotBlank();
        assertThat(lookup("#review-findings").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();
        Hyperlink go = lookup((Node n) -> n instanceof Hyperlink h && h.getId() != null && h.getId().matches("finding-\\d+-go")
                && !h.getText().equals("Go to: Review")).queryAs(Hyperlink.class);
        String goText = go.getText();
        click(go);
        await("the link leaves the review", () -> currentStep() != NoticeStep.REVIEW);
        assertThat("Go to: " + text("#step-title")).isEqualTo(goText);
        assertThat(lookup("#wizard-steps").queryAs(ListView.class).getSelectionModel().getSelectedItem())
                .as("the step list follows").isEqualTo(currentStep());
        click("#wizard-step-REVIEW");
        awaitStep(NoticeStep.REVIEW);
        assertThat(checked("#review-language-fi")).isTrue();
        assertThat(checked("#review-language-sv")).isFalse();
        assertThat(checked("#review-language-en")).isFalse();
        // The last edit: the date typed in the date field, and the file closed straight away (no ENTER, no TAB).
        DatePicker picker = lookup("#review-next-date").queryAs(DatePicker.class);
        String typedDate = picker.getConverter().toString(nextReview);
        click(picker.getEditor());
        write(typedDate);
        assertThat(picker.getEditor().getText()).isEqualTo(typedDate);

        // Close, and open again through Open recent.
        clickOn("#menu-file").clickOn("#menu-file-close");
        await("the welcome page is shown", () -> showing(this, "#welcome"));
        assertThat(stage.getTitle()).isEqualTo("Seloste");
        clickOn("#menu-file").clickOn("#menu-file-recent").clickOn("#menu-file-recent-0");
        await("the file is open again", () -> showing(this, "#controller-name"));

        // What the owner sees.
        assertThat(stage.getTitle()).isEqualTo("Flowest – Seloste");
        assertThat(text("#controller-name")).isEqualTo("Flowest");
        assertThat(text("#controller-street")).isEqualTo(STREET);
        assertThat(text("#controller-town")).isEqualTo(TOWN);
        click("#wizard-step-REGISTERS");
        awaitStep(NoticeStep.REGISTERS);
        assertThat(text("#register-0-name")).isEqualTo(REGISTER_NAME);
        click("#wizard-step-PURPOSES");
        awaitStep(NoticeStep.PURPOSES);
        assertThat(lookup("#purpose-3-basis").queryAs(ComboBox.class).getValue()).isEqualTo(LegalBasis.LEGITIMATE_INTERESTS);
        assertThat(text("#purpose-3-interest")).isEqualTo(INTEREST);
        click("#wizard-step-SYSTEMS");
        awaitStep(NoticeStep.SYSTEMS);
        assertThat(text("#system-3-vendor")).isEqualTo(ROUNDCUBE_HOST);
        click("#wizard-step-RETENTION");
        awaitStep(NoticeStep.RETENTION);
        assertThat(text("#retention-3-years")).isEqualTo("0");
        click("#wizard-step-REVIEW");
        awaitStep(NoticeStep.REVIEW);
        appBugs.assertThat(lookup("#review-next-date").queryAs(DatePicker.class).getValue())
                .as("APP BUG: the next review date typed in the date field just before File → Close is lost "
                        + "(the same happens to a number typed in a retention years field)")
                .isEqualTo(nextReview);

        // What the client file holds, read after the app has quit.
        app.stop();
        Notice loaded;
        try (ClientFile file = ClientFiles.open(app.documentsDir().resolve("Flowest" + ClientFileName.EXTENSION))) {
            loaded = file.load();
        }
        assertThat(loaded.controller()).isEqualTo(seed.controller());
        assertThat(loaded.contactPerson()).isEqualTo(seed.contactPerson());
        assertThat(loaded.dataProtectionOfficer()).isNull();
        assertThat(loaded.settings().languages()).containsExactly(Language.FI);
        assertThat(loaded.settings().rightsInstructions()).isEqualTo(seed.settings().rightsInstructions());
        appBugs.assertThat(loaded.settings().nextReview())
                .as("APP BUG: the next review date typed just before File → Close, in the client file")
                .isEqualTo(nextReview);

        assertThat(loaded.registers()).hasSize(1);
        Register r = loaded.registers().get(0);
        assertThat(r.template()).isEqualTo(RegisterTemplate.BOOKING_AND_PATIENTS);
        assertThat(r.name().fi()).isEqualTo(REGISTER_NAME).isEqualTo(seedRegister.name().fi());

        assertThat(r.purposes()).extracting(Purpose::basis).containsExactly(LegalBasis.LEGAL_OBLIGATION,
                LegalBasis.LEGAL_OBLIGATION, LegalBasis.LEGAL_OBLIGATION, LegalBasis.LEGITIMATE_INTERESTS);
        assertThat(r.purposes()).extracting(p -> p.description().fi())
                .doesNotContain("Ajanvarausten hallinta ja palvelun tuottaminen");
        Purpose own = r.purposes().get(3);
        assertThat(own.description()).isEqualTo(seedRegister.purposes().get(0).description());
        assertThat(own.basis()).isEqualTo(seedRegister.purposes().get(0).basis());
        assertThat(own.legitimateInterest().fi()).isEqualTo(INTEREST);

        assertThat(r.dataSubjects()).extracting(DataSubjectGroup::catalogKey).containsExactly("clients-and-patients", null, null);
        assertThat(r.dataSubjects()).extracting(g -> g.label().fi()).endsWith(SUBJECT_CONTACTS, SUBJECT_PARTNERS);
        assertThat(r.dataCategories()).extracting(DataCategory::catalogKey).containsExactlyInAnyOrder(
                "name", "contact-details", "booking-history", "treatment-records", "billing-data", "log-data", null);
        assertThat(r.dataCategories()).filteredOn(c -> c.catalogKey() == null).singleElement()
                .satisfies(c -> assertThat(c.label().fi()).isEqualTo(PAPER_MATERIAL));
        assertThat(r.dataCategories()).filteredOn(c -> "treatment-records".equals(c.catalogKey())).singleElement()
                .satisfies(c -> assertThat(c.article9Condition()).isEqualTo(Article9Condition.HEALTH_OR_SOCIAL_CARE));
        assertThat(r.processesIdentityCode()).isFalse();

        assertThat(r.sources()).extracting(DataSource::kind).containsExactly(SourceKind.DATA_SUBJECT);
        assertThat(r.sources().get(0).description().fi()).isEqualTo(seedRegister.sources().get(0).description().fi());

        assertThat(loaded.systemsOf(r)).extracting(SystemUse::catalogId)
                .containsExactly("hubspot", "holvi", "vello", "roundcube-webmail", "kanta");
        assertThat(loaded.systemsOf(r)).extracting(SystemUse::name)
                .containsExactly("HubSpot", "Holvi", "Vello", "Roundcube webmail", "Kanta-palvelut");
        assertThat(loaded.systemsOf(r).get(4).role()).isEqualTo(ProcessingRole.HEALTH_RECORDS_ARCHIVE);
        assertThat(loaded.systemsOf(r).get(3).vendor()).isEqualTo(ROUNDCUBE_HOST);
        assertThat(loaded.systemsOf(r).get(2).usedFor().fi()).isEqualTo(seed.systemsOf(seedRegister).get(2).usedFor().fi());
        assertThat(loaded.systemsOf(r).get(0).transfers()).as("as the catalogue gives them")
                .isEqualTo(Catalogues.system("hubspot").orElseThrow().transfers());

        assertThat(r.recipients()).as("Kanta is archiving, not a disclosure").isEmpty();
        assertThat(r.transfersOutsideEea()).isEqualTo(Answer.YES);
        assertThat(r.otherDisclosures()).isEqualTo(Answer.NO);

        assertThat(r.retention()).hasSize(4);
        RetentionRule paper = r.retention().get(3);
        RetentionRule seedPaper = seedRegister.retention().get(0);
        assertThat(paper.appliesTo()).isEqualTo(seedPaper.appliesTo());
        assertThat(paper.criterion()).isEqualTo(seedPaper.criterion());
        assertThat(paper.years()).isEqualTo(seedPaper.years()).isZero();
        assertThat(paper.details()).isEqualTo(seedPaper.details());

        assertThat(loaded.security().measures()).isEqualTo(MEASURES).isEqualTo(seed.security().measures());
        assertThat(loaded.security().paperText()).isEqualTo(seed.security().paperText());
        assertThat(loaded.security().electronicText().fi()).isEqualTo(ELECTRONIC_SECURITY);
        assertThat(loaded.security().organisationalText().fi()).isEqualTo(ORGANISATIONAL_SECURITY);
        assertThat(seed.security().electronicText().fi()).isEqualTo(ELECTRONIC_SECURITY + " " + ORGANISATIONAL_SECURITY);
        assertThat(loaded.cookies()).as("the seed does not mention cookies").isEqualTo(Cookies.NONE).isEqualTo(seed.cookies());
        assertThat(r.automatedDecisions().decisions()).isEqualTo(Answer.NO);
        assertThat(r.automatedDecisions().profiling()).isEqualTo(Answer.NO);
        assertThat(r.automatedDecisions().logic()).isEqualTo(LocalizedText.EMPTY);

        appBugs.assertAll();
    }

    // ----- where the wizard is -----

    private NoticeStep currentStep() {
        return lookup("#wizard").queryAs(WizardView.class).currentStep().get();
    }

    private void next(NoticeStep expected) throws Exception {
        click("#wizard-next");
        awaitStep(expected);
    }

    private void awaitStep(NoticeStep expected) throws Exception {
        await("the wizard shows " + expected, () -> currentStep() == expected && showing(this, "#step-" + expected.name()));
    }

    // ----- what is on the screen -----

    private <T extends Node> T node(String query) {
        return lookup(query).query();
    }

    /** The fourth retention rule as the wizard holds it now (what would be saved). */
    private fi.seloste.domain.RetentionRule paperRule() {
        WizardView wizard = lookup("#wizard").queryAs(WizardView.class);
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> wizard.editor().selectedRegister().orElseThrow().retention().get(3));
    }

    private String text(String query) {
        Node n = node(query);
        return n instanceof TextInputControl t ? t.getText() : ((Labeled) n).getText();
    }

    private boolean checked(String query) {
        return lookup(query).queryAs(CheckBox.class).isSelected();
    }

    /** The text of the form label that names the control. */
    private String labelOf(String query) {
        Node control = node(query);
        return lookup((Node n) -> n instanceof Label l && l.getLabelFor() == control).queryAs(Label.class).getText();
    }

    /** The text a combo box shows for its value. */
    @SuppressWarnings("unchecked")
    private String shownIn(String query) {
        ComboBox<Object> combo = lookup(query).queryAs(ComboBox.class);
        return combo.getConverter().toString(combo.getValue());
    }

    // ----- the owner's hands -----

    private void click(String query) {
        click((Node) node(query));
    }

    /**
     * A click with the glass robot in the middle of the node, scrolled into view first. Unlike clickOn(...) the
     * pointer jumps there instead of gliding in up to 200 steps, which costs ~0.4 s a click on this
     * software-rendered window and would make the test half as long again.
     */
    private void click(Node target) {
        StepPage.reveal(this, target);
        Point2D middle = point(target).query();
        MouseRobot mouse = robotContext().getMouseRobot();
        mouse.move(middle);
        mouse.press(MouseButton.PRIMARY);
        mouse.release(MouseButton.PRIMARY);
    }

    /** Clicks into an empty field and writes with TestFX's robot, one character at a time; checks all arrived. */
    private void writeInto(String query, String value) {
        TextInputControl field = node(query);
        click(field);
        write(value);
        assertThat(field.getText()).as("written into " + query).isEqualTo(value);
    }

    /** Clicks into an empty field and types quickly (see {@link Keyboard}); checks every character arrived. */
    private void type(String query, String value) {
        TextInputControl field = node(query);
        click(field);
        Keyboard.type(this, field, value);
        assertThat(field.getText()).as("typed into " + query).isEqualTo(value);
    }

    /** Clicks into a filled field, selects all with Ctrl+A and types over it. */
    private void retype(String query, String value) {
        retype((TextInputControl) node(query), value);
    }

    private void retype(TextInputControl field, String value) {
        click(field);
        push(KeyCode.SHORTCUT, KeyCode.A);
        Keyboard.type(this, field, value);
        assertThat(field.getText()).as("typed over " + field.getId()).isEqualTo(value);
    }

    /** A paragraph copied from the old notice: the clipboard holds it; click the field, Ctrl+A, Ctrl+V. */
    private void paste(String query, String value) {
        TextInputControl field = node(query);
        click(field);
        interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, value)));
        push(KeyCode.SHORTCUT, KeyCode.A);
        push(KeyCode.SHORTCUT, KeyCode.V);
        assertThat(field.getText()).as("pasted into " + query).isEqualTo(value);
    }

    private void setChecked(String query, boolean on) throws Exception {
        CheckBox box = lookup(query).queryAs(CheckBox.class);
        if (box.isSelected() != on) {
            click(box);
        }
        await(query + (on ? " is ticked" : " is not ticked"), () -> lookup(query).queryAs(CheckBox.class).isSelected() == on);
    }

    /** Opens the combo box and clicks the item with the given text in its list. */
    private void chooseByClicking(String query, String item) throws Exception {
        ComboBox<?> combo = lookup(query).queryAs(ComboBox.class);
        click(combo);
        await("the list of " + query + " is open", combo::isShowing);
        Node cell = lookup((Node n) -> n instanceof ListCell<?> c && item.equals(c.getText()) && n.getScene() != combo.getScene())
                .query();
        click(cell);
        await(query + " shows " + item, () -> item.equals(shownIn(query)));
    }

    /** Searches the systems catalogue, clicks the system in the list and adds it with the button. */
    private void addFromCatalogue(String search, String name) throws Exception {
        type("#systems-search", search);
        ListView<?> list = lookup("#systems-catalogue").queryAs(ListView.class);
        Node cell = lookup((Node n) -> n instanceof ListCell<?> c && c.getListView() == list
                && c.getText() != null && c.getText().startsWith(name + " — ")).query();
        click(cell);
        click("#systems-add");
        await(name + " is added", () -> text("#systems-search").isEmpty());
    }

    /** HubSpot's transfer to the United States as the catalogue gives it. */
    private static Transfer hubspotUs() {
        return Catalogues.system("hubspot").orElseThrow().transfers().stream().filter(t -> t.country().equals("US"))
                .findFirst().orElseThrow();
    }

    private static String englishLabel(TransferSafeguard safeguard) {
        try {
            return Bundles.load("/fi/seloste/ui/i18n/messages.properties").getProperty("enum.TransferSafeguard." + safeguard.name());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
