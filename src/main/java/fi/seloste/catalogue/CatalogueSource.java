package fi.seloste.catalogue;

/** A page an entry's facts rest on; about says, for whoever checks the entry next, what it is and what it supports. */
public record CatalogueSource(String url, String about) {

    public CatalogueSource {
        Require.text(url, "source url");
        Require.that(url.startsWith("https://"), "source url must be https: " + url);
        Require.text(about, "source about (" + url + ")");
    }
}
