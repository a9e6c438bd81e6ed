"""Citations of the LGPD and of Resolution CD/ANPD 15/2024, and the ANPD's particulars.

Provenance (also on the law page, docs/law/lgpd.md):

* LGPD Art. 48 caput and §§ 1-3: read in a reproduction of the official text
  (compliance.mspa.com.br/regulamentos/lgpd/artigo-48); official text at planalto.gov.br.
* Resolution CD/ANPD 15/2024 (24 April 2024, published 26 April 2024): its text was not
  found in the stored official sources. Its rules are taken from named secondary sources:
  Art. 5 (relevant risk: significant effect and one of six criteria) from Leal Varasquim,
  Prado Vidigal and Bastilho Coelho; Art. 6 (3 working days from the controller's knowledge
  that personal data were affected; complement within 20 working days) from Trench Rossi,
  Prado Vidigal and Rolim; Art. 9 (data subjects, 3 working days, individual where
  possible, public notice otherwise) from Trench Rossi and Bastilho Coelho; Art. 10 (record
  of every incident for at least 5 years) from LBM Advogados and Prado Vidigal.
* Small processing agents' doubled periods (Resolution CD/ANPD 2/2022): Martinelli
  Advogados, a secondary source; the article number is not verified.
* Res. 15/2024 Art. 6 caput and §§ 1, 3 and 8 (3 working days from the controller's
  knowledge that the incident affected personal data; 20 working days to complete; both
  doubled for small processing agents) and Art. 9 caput and § 6 (the data subjects, 3
  working days, doubled): read in reproductions of the Resolution's text kept in public
  source repositories (not the Diário Oficial), which agree with the secondary sources.
"""

from __future__ import annotations

import functools
from typing import Final

from breachmodel.citations import Citation
from breachmodel.regimes._national import pinpoint

__all__ = ["ANPD_ID", "ANPD_ZONE", "REGIME_ID", "lgpd", "res15", "small_agents"]

REGIME_ID: Final = "lgpd"
ANPD_ID: Final = "br-anpd"
"""The Autoridade Nacional de Proteção de Dados, in the authorities registry."""
ANPD_ZONE: Final = "America/Sao_Paulo"
"""The legal time of Brasília, where the ANPD sits (Brasília follows São Paulo's zone)."""


lgpd: Final = pinpoint("lgpd")
"""Cite the LGPD, e.g. ``lgpd("Art. 48, § 1")``."""
res15: Final = pinpoint("anpd-res-15-2024")
"""Cite Resolution CD/ANPD 15/2024, e.g. ``res15("Art. 6")``."""


@functools.cache
def small_agents() -> Citation:
    """Resolution CD/ANPD 2/2022 on small processing agents (secondary source, not verified)."""
    return Citation(
        "Res. CD/ANPD 2/2022",
        "periods doubled for small processing agents (secondary source)",
        "https://www.gov.br/anpd/pt-br",
    )
