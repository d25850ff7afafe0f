package fi.seloste.cli;

import fi.seloste.settings.AppVersion;

import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into the app. */
final class SelosteVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Seloste " + AppVersion.current().orElse("(development build)")};
    }
}
