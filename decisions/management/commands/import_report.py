"""Import a meeting report:
`manage.py import_report PATH [--dry-run] [--format json] [--renumber] [--symbol SYMBOL]
[--draft [--user NAME]] [--part SYMBOL_OR_INDEX | --each-part]`.

PATH is a Word (.docx), PDF or UTF-8 text/Markdown file (``read_document``).
A document that holds several resolutions or decisions (a volume's page, a
council's list of decisions) is imported one part at a time (``--part``) or
each part as its own report (``--each-part``); ``--dry-run`` lists its parts."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from decisions.formats import DocumentError, read_document
from decisions.formats.limits import MAX_FILE_BYTES
from decisions.intake.draft_renewals import remembered_plan
from decisions.intake.importing import (
    SymbolMissing,
    report_import,
    report_import_parts,
    typed_symbol,
)
from decisions.text.normalize import normalize_text
from decisions.text.paragraphs import DuplicateNumberError, ReportParseError
from decisions.text.parts import PartChoiceError, counted, find_parts, select_part


class Command(BaseCommand):
    help = "Import a report's operative paragraphs as decisions and action items."

    def add_arguments(self, parser):
        parser.add_argument("path", help="the report: Word (.docx), PDF, or UTF-8 text/Markdown")
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would be imported; write nothing"
        )
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument(
            "--renumber",
            action="store_true",
            help="number the paragraphs by position (for a copy whose numbering was flattened)",
        )
        parser.add_argument(
            "--symbol",
            default="",
            help="the document symbol, for a document whose title block prints none "
            "(many communiqués), or to replace the one read",
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help="write nothing but a draft to review and import in the browser; print its URL",
        )
        parser.add_argument(
            "--user", default="", help="with --draft: whose draft it is (default: a superuser)"
        )
        which = parser.add_mutually_exclusive_group()
        which.add_argument(
            "--part",
            default=None,
            metavar="SYMBOL_OR_INDEX",
            help="of a document holding several resolutions or decisions: import this one "
            "(its symbol, such as 'S/RES/36 (1947)', its number, or its place: 1, 2...)",
        )
        which.add_argument(
            "--each-part",
            action="store_true",
            help="import each resolution or decision of the document as its own report",
        )

    def handle(
        self,
        *args,
        path: str,
        dry_run: bool,
        format: str,
        renumber: bool = False,
        draft: bool = False,
        user: str = "",
        part: str | None = None,
        each_part: bool = False,
        symbol: str = "",
        **options,
    ):
        source = Path(path)
        # The file's name as stored and shown: bytes the file system's encoding could
        # not read (kept by Python as lone surrogates, which no database stores)
        # become U+FFFD, and control characters go (normalize_text).
        name = normalize_text(
            source.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        )
        if any("\ud800" <= c <= "\udfff" for c in symbol):
            # Bytes the terminal's encoding could not read (Python keeps them as
            # lone surrogates, which no database stores).
            raise CommandError("--symbol is not UTF-8 text: type it again in UTF-8")
        symbol = typed_symbol(symbol)  # spaces or invisible characters alone: none
        if symbol and (draft or each_part):
            raise CommandError(
                "--symbol names the symbol of one report: not with --each-part, and a "
                "draft's symbol is typed in its review"
            )
        parts = ()
        try:
            size = source.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ReportParseError(
                    f"the file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes"
                )
            document = read_document(source.read_bytes(), name=name)
            if draft:
                self._draft(document.text, name, user, renumber, part)
                return
            parts = counted(find_parts(document.text))
            if each_part or (parts and dry_run and part is None):
                # A dry run of a document with parts shows every part.
                done = report_import_parts(
                    text=document.text, source_name=name, dry_run=dry_run, renumber=renumber
                )
                self._print_parts(done, parts, format, document.warnings, name)
                return
            result = report_import(
                text=document.text,
                source_name=name,
                dry_run=dry_run,
                renumber=renumber,
                # A text already imported with corrections in the browser keeps
                # them (a whole text only: a draft reviews one part of it).
                plan=remembered_plan(text=document.text) if not parts else None,
                part=part,
                title_block={"symbol": symbol} if symbol else None,
            )
        except FileNotFoundError as e:
            raise CommandError(f"{path}: no such file") from e
        except IsADirectoryError as e:
            raise CommandError(f"{path}: is a directory, not a report file") from e
        except OSError as e:
            raise CommandError(f"{path}: cannot read: {e.strerror}") from e
        except DocumentError as e:
            raise CommandError(str(e)) from e
        except PartChoiceError as e:
            hint = (
                "; choose one with --part SYMBOL_OR_INDEX, or import them all with --each-part"
                if e.parts
                else ""
            )
            raise CommandError(f"{path}: {e}{hint}") from e
        except DuplicateNumberError as e:
            raise CommandError(
                f"{path}: {e}; if the numbering was flattened in a copy, import it again "
                "with --renumber to number the paragraphs by position"
            ) from e
        except SymbolMissing as e:
            raise CommandError(
                f"{path}: {e}; give it with --symbol, or make a draft of it with --draft "
                "and type the symbol in its review, then import it there"
            ) from e
        except ReportParseError as e:
            raise CommandError(f"{path}: {e}") from e
        result.warnings[:0] = [f"{name}: {w}" for w in document.warnings]

        if format == "json":
            out = result.as_json()
            if parts:
                # Only for a document that holds several: the one-report contract is kept.
                out["parts"] = [p.as_json() for p in parts]
                out["part"] = select_part(parts, part).index
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=2))
            return
        self._print_text(result)

    def _print_parts(self, done, parts, format: str, document_warnings, name: str) -> None:
        """Each part's plan (a dry run) or import, after the list of the parts."""
        for _, result in done:
            result.warnings[:0] = [f"{name}: {w}" for w in document_warnings]
        if format == "json":
            out = {
                "parts": [p.as_json() for p in parts],
                "reports": [dict(result.as_json(), part=p.index) for p, result in done],
            }
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"{len(parts)} parts:")
        for p in parts:
            shown = p.symbol or "(untitled)"
            self.stdout.write(f"  {p.index}. {shown} (line {p.line}): {p.paragraphs} paragraphs")
        for p, result in done:
            self.stdout.write(f"\npart {p.index}")
            self._print_text(result)

    def _draft(
        self, text: str, source_name: str, username: str, renumber: bool, part: str | None
    ) -> None:
        from django.contrib.auth import get_user_model

        from decisions.intake.drafts import draft_start

        users = get_user_model().objects
        owner = (
            users.filter(username=username).first()
            if username
            else users.filter(is_superuser=True, is_active=True).order_by("pk").first()
        )
        if owner is None:
            raise CommandError(
                f"no user named {username!r}" if username else "no superuser: pass --user NAME"
            )
        draft, _ = draft_start(
            user=owner, text=text, source_name=source_name, renumber=renumber, part=part
        )
        self.stdout.write(f"draft for {owner.get_username()}: {draft.get_absolute_url()}")

    def _print_text(self, result) -> None:
        p = result.parsed
        n_items = sum(len(d.items) for d in result.decisions)
        n_requests = sum(1 for d in result.decisions if d.items)
        self.stdout.write(f"{p.symbol}: {p.title}")
        self.stdout.write(
            f"{len(result.decisions)} paragraphs ({n_requests} with requests), "
            f"{n_items} action items"
        )
        for d in result.decisions:
            owners = ", ".join(i.owner.name for i in d.items) or "-"
            self.stdout.write(f"  {d.number:>6}  {d.kind:<9}  {owners}")
        for warning in result.warnings:
            self.stdout.write(self.style.WARNING(f"warning: {warning}"))
        if result.dry_run:
            self.stdout.write("dry run: nothing written")
        elif result.translation_of is not None:
            self.stdout.write(
                self.style.SUCCESS(
                    f"linked as the {p.language} version of {result.translation_of.symbol}: "
                    f"{result.linked_paragraphs} paragraphs"
                )
            )
        elif not (result.created_report or result.created_decisions or result.created_items):
            self.stdout.write(self.style.SUCCESS("already imported: nothing new to write"))
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"imported: {result.created_decisions} paragraphs, "
                    f"{result.created_items} action items, "
                    f"{len(result.created_bodies)} new bodies to review"
                )
            )
