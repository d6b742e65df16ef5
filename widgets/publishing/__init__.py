"""The publishing desk's dialogs: choosing layers and fields for the disclosure map (with the refusals),
and the publications' history with approval."""
