/**
 * Reading facts files: JSON syntax, the facts JSON Schema ({@code io/dudao/schema/facts.schema.json}),
 * binding to the {@link io.dudao.facts} records, and the checks a schema cannot express. Every problem
 * becomes a {@link io.dudao.api.FactProblem} with a field path such as {@code schools[3].enrolment.primary}.
 * Not public API: use {@link io.dudao.api.FactsReader}.
 */
package io.dudao.internal.facts;
