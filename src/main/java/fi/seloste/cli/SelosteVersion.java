package fi.seloste.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, written there by the build. */
final class SelosteVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = SelosteVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Seloste " + (version == null ? "(development build)" : version)};
    }
}
