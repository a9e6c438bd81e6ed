"""The CERT-In Directions of 28 April 2022 as data: the 6 hours, Annexure I, citations.

Provenance (repeated on the law page ``docs/law/in_certin.md``):

* The directions' number, date and legal basis (No. 20(3)/2022-CERT-In, 28 April 2022,
  s. 70B(6) IT Act 2000): a reproduced copy of the directions (scribd), read with the search
  tool.
* Para. (ii): service providers, intermediaries, data centres, body corporate and government
  organisations report the incidents of Annexure I to CERT-In within **6 hours** of noticing
  them or their being brought to notice: secondary (Argus Partners; Spinsafe; Veritect),
  consistent across sources; NOT verified against the official PDF.
* Annexure I, the twenty types: as reproduced by Mondaq (Vaish Associates, 12 May 2022) and
  1-comply.com, identical lists; numbering by roman numeral as in CERT-In's explanatory
  Annexure (scribd copy). Secondary reproductions, NOT verified against the official PDF.
* In effect 60 days after issue: 27 June 2022 (Argus Partners) or 28 June 2022 (Spinsafe,
  Veritect); the earlier date is used.
"""

from __future__ import annotations

from typing import Final

from breachmodel.citations import Citation

__all__ = ["ANNEXURE", "HOURS", "direction"]

HOURS: Final = 6
"""Para. (ii): within 6 hours of noticing (secondary sources, consistent; NOT verified)."""

ANNEXURE: Final = {
    "i": "Targeted scanning/probing of critical networks/systems",
    "ii": "Compromise of critical systems/information",
    "iii": "Unauthorised access of IT systems/data",
    "iv": "Defacement of website or intrusion into a website and unauthorised changes",
    "v": "Malicious code attacks (virus, worm, Trojan, bots, spyware, ransomware, cryptominers)",
    "vi": "Attack on servers (database, mail, DNS) and network devices such as routers",
    "vii": "Identity theft, spoofing and phishing attacks",
    "viii": "Denial of Service (DoS) and Distributed Denial of Service (DDoS) attacks",
    "ix": "Attacks on critical infrastructure, SCADA and operational technology systems and "
    "wireless networks",
    "x": "Attacks on applications such as e-governance, e-commerce",
    "xi": "Data breach",
    "xii": "Data leak",
    "xiii": "Attacks on Internet of Things (IoT) devices and associated systems, networks, "
    "software, servers",
    "xiv": "Attacks or incidents affecting digital payment systems",
    "xv": "Attacks through malicious mobile apps",
    "xvi": "Fake mobile apps",
    "xvii": "Unauthorised access to social media accounts",
    "xviii": "Attacks or malicious/suspicious activities affecting cloud computing systems, "
    "servers, software, applications",
    "xix": "Attacks or malicious/suspicious activities affecting systems related to Big Data, "
    "blockchain, virtual assets, virtual asset exchanges, custodian wallets, robotics, 3D and "
    "4D printing, additive manufacturing, drones",
    "xx": "Attacks or malicious/suspicious activities affecting systems related to artificial "
    "intelligence and machine learning",
}
"""Annexure I of the directions: the twenty types, by roman numeral (secondary reproductions)."""

_URL: Final = "https://www.cert-in.org.in/Directions70B.jsp"


def direction(pinpoint: str) -> Citation:
    """Cite the directions, e.g. ``direction("(ii)")`` or ``direction("Annexure I")``."""
    text = pinpoint if pinpoint.startswith("Annexure") else f"para. {pinpoint}"
    return Citation("CERT-In Directions 2022", text, _URL)
