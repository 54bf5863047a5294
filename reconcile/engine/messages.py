"""The engine's messages are ``normalizers.messages``: the type moved down a layer so that the
extractor's reasons (a file that cannot be read, a table read with doubts) are messages the reader's
language translates too. The engine's modules import it from here as before."""

from normalizers.messages import (
    N_,
    Msg,
    Np_,
    Num,
    Param,
    Said,
    Translate,
    clauses,
    english,
    listing,
    msg,
    num,
    render,
    say,
    style_of,
    text,
    where,
)

__all__ = ["N_", "Msg", "Np_", "Num", "Param", "Said", "Translate", "clauses", "english", "listing", "msg", "num", "render",
           "say", "style_of", "text", "where"]
