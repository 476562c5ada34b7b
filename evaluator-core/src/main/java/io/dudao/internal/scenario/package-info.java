/**
 * The scenario runner behind {@link io.dudao.api.scenario.ScenarioRunner}: reading scenario files with
 * line numbers (SnakeYAML's node API), building the facts from inline data or a base file plus changes,
 * comparing expectations with reports, caching compiled evaluators, and measuring coverage.
 * Not public API.
 */
package io.dudao.internal.scenario;
