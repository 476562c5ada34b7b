package io.dudao.api;

import java.util.List;

/**
 * The parameters a report was made with.
 *
 * @param hash   {@code sha256:} over the effective parameter values and their sources
 * @param layers the layers applied, national first
 */
public record ParametersInfo(String hash, List<String> layers) {

    public ParametersInfo {
        layers = List.copyOf(layers);
    }
}
