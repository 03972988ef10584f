#!/usr/bin/env bash
# Regenerates the 1x-phoenix-* dictionaries from the Phoenix (PETRARCH-2) dictionaries,
# MIT, (c) 2014 Open Event Data Alliance. Run once from the package root; the output is
# committed. Later-numbered hand-written files override phrases defined here.
set -euo pipefail
reference=${1:-../shared/reference/openeventdata-petrarch2}
out=Sources/EntenteCoding/Resources/Dictionaries
swift build -c release --product entente
entente=.build/release/entente
$entente dictionary convert --lenient "$reference/Phoenix.Countries.actors.txt" --output "$out/10-phoenix-countries.actors" 2>/dev/null
$entente dictionary convert --lenient "$reference/Phoenix.agents.txt" --output "$out/10-phoenix.agents" 2>/dev/null
$entente dictionary convert --lenient "$reference/Phoenix.International.actors.txt" --output "$out/11-phoenix-international.actors" 2>/dev/null
$entente dictionary convert --lenient "$reference/Phoenix.MilNonState.actors.txt" --output "$out/12-phoenix-milnonstate.actors" 2>/dev/null
