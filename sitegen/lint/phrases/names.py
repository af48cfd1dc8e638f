"""Words in capitals that are names, not shouting (ENG020)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    words: frozenset[str]
    examples: tuple[str, ...]  # sentences with these words that are not shouting


ACRONYMS = Words(
    frozenset(
        """
AI API APIS ASAP ATM AWS BBC CEO CFO CMS CSS CSV CTA CTO DIY DNA DNS EU FAQ FAQS FBI GDP GDPR GIF
GPS GPU HIV HQ HR HTML HTTP HTTPS IBM ID IOS IP IPO IT JSON KPI KPIS LA LGBT LGBTQ LLC LLM MBA MIT
NASA NATO NBA NFL NGO NGOS NHS NPR NYC OK PDF PHD PR PTA RSS RSVP SAAS SDK SEO SMS SQL SUV TV UK UN
UNESCO UNICEF URL URLS US USA USB UX UI VAT VIP VPN WHO WWII XML YAML YMCA CNN ESPN NYT FIFA UEFA
PTO PPE COVID CDC EPA FDA IRS DMV ICYMI TL DR TLDR AMA CSV SVG PNG JPEG MP3 MP4 QA ROI B2B B2C SMB
""".split()
    ),
    (
        "Our FAQ now covers GDPR and the VAT rules for the EU.",
        "Please RSVP by Friday; the PDF has the map.",
    ),
)
