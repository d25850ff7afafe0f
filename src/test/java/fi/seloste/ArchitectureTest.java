package fi.seloste;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/decisions/0005-layers.md, kept apart. */
@AnalyzeClasses(packages = "fi.seloste", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = classes().that().resideInAPackage("fi.seloste.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("fi.seloste.domain..", "java.lang..", "java.util..",
                    "java.time..", "java.math..", "java.text..")
            .because("the domain is records and enums: no JavaFX, no SQL, no libraries");

    @ArchTest
    static final ArchRule storeKnowsNoUi = noClasses().that().resideInAnyPackage(
                    "fi.seloste.store..", "fi.seloste.interchange..", "fi.seloste.settings..", "fi.seloste.catalogue..",
                    "fi.seloste.export..", "fi.seloste.cli..", "fi.seloste.oldnotice..", "fi.seloste.clients..",
                    "fi.seloste.batch..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "fi.seloste.ui..", "fi.seloste.app..")
            .because("storage, catalogues, exports, settings and the command line must work without a display");

    @ArchTest
    static final ArchRule onlyTheAppStartsTheCommandLine = noClasses().that().resideOutsideOfPackages("fi.seloste.cli..",
                    "fi.seloste.app..")
            .should().dependOnClassesThat().resideInAPackage("fi.seloste.cli..")
            .because("the command line is a top layer beside the user interface");

    @ArchTest
    static final ArchRule clientSummariesAreReadThroughTheStore = noClasses().that().resideInAPackage("fi.seloste.clients..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.seloste.cli..", "fi.seloste.export..")
            .because("the client overview and seloste list share one summary, below both the UI and the command line");

    @ArchTest
    static final ArchRule theInterchangeFormatKnowsNoStorage = noClasses().that().resideInAPackage("fi.seloste.interchange..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.seloste.store..", "fi.seloste.export..")
            .because("the JSON format describes the notice, not where it is kept");

    @ArchTest
    static final ArchRule oldNoticesAreReadWithoutStorageOrScreens = noClasses().that().resideInAPackage("fi.seloste.oldnotice..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.seloste.store..", "fi.seloste.export..",
                    "fi.seloste.interchange..", "fi.seloste.settings..")
            .because("reading an old notice needs the domain, the catalogue and the readers of its formats only");

    @ArchTest
    static final ArchRule onlyOldNoticesReadWordDocuments = noClasses().that().resideOutsideOfPackage("fi.seloste.oldnotice..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
            .because("POI reads an old notice written in Word and nothing else (docs/decisions/0024)");

    @ArchTest
    static final ArchRule onlyTheStoreTalksSql = noClasses().that().resideOutsideOfPackage("fi.seloste.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jooq..", "org.flywaydb..", "org.h2..")
            .because("the database is the store's business");

    @ArchTest
    static final ArchRule onlyTheRecordExportWritesSpreadsheets = noClasses().that().resideOutsideOfPackage("fi.seloste.export.record..")
            .should().dependOnClassesThat().resideInAPackage("org.dhatim.fastexcel..")
            .because("the spreadsheet library writes the record of processing and nothing else (docs/decisions/0019)");

    @ArchTest
    static final ArchRule uiIsTheTopLayer = noClasses().that().resideOutsideOfPackages("fi.seloste.ui..", "fi.seloste.app..")
            .should().dependOnClassesThat().resideInAPackage("fi.seloste.ui..");

    @ArchTest
    static final ArchRule viewsDoNotOpenFilesThemselves = noClasses().that().resideInAPackage("fi.seloste.ui..")
            .and().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAPackage("fi.seloste.store..")
            .because("views bind to view models; only view models reach the store");
}
