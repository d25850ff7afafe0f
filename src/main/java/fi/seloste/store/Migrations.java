package fi.seloste.store;

import org.flywaydb.core.Flyway;

/** Runs the Flyway migrations under db/migration, the one source of the client file schema. */
final class Migrations {

    private Migrations() {
    }

    static void migrate(String url) {
        Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, H2Url.USER, H2Url.PASSWORD)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
