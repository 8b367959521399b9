/**
 * Hardware selector: every preset of HARDWARE_PRESETS grouped by vendor, with its memory and bandwidth;
 * a custom spec set through the store shows as its own entry.
 */
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { HARDWARE_PRESETS, type HardwareSpec, type HardwareVendor } from '../../../profiling';

const VENDOR_LABEL: Record<HardwareVendor, string> = {
  apple: 'Apple silicon',
  nvidia: 'NVIDIA',
  amd: 'AMD',
  intel: 'Intel',
  cpu: 'CPU only',
};

const CUSTOM_VALUE = '__custom__';

export interface HardwareSelectorProps {
  hardware: HardwareSpec & { id?: string };
  onChange: (presetId: string) => void;
  disabled?: boolean;
}

function describeSpec(spec: HardwareSpec): string {
  return `${spec.memoryGb} GB · ${spec.memoryBandwidthGBs} GB/s · ${spec.fp16Tflops} TFLOPS`;
}

export function HardwareSelector({ hardware, onChange, disabled }: HardwareSelectorProps) {
  const isPreset = hardware.id !== undefined && HARDWARE_PRESETS.some((preset) => preset.id === hardware.id);
  const value = isPreset ? (hardware.id as string) : CUSTOM_VALUE;
  const items: ReactNode[] = [];
  let vendor: HardwareVendor | null = null;
  for (const preset of HARDWARE_PRESETS) {
    if (preset.vendor !== vendor) {
      vendor = preset.vendor;
      // Not sticky: a sticky header covered the entry under it when the menu opened scrolled to the choice.
      items.push(
        <ListSubheader key={`vendor-${vendor}`} disableSticky>
          {VENDOR_LABEL[vendor]}
        </ListSubheader>,
      );
    }
    items.push(
      <MenuItem key={preset.id} value={preset.id}>
        <span>
          {preset.name}
          <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {describeSpec(preset)}
          </Typography>
        </span>
      </MenuItem>,
    );
  }
  if (!isPreset) {
    items.unshift(
      <MenuItem key={CUSTOM_VALUE} value={CUSTOM_VALUE} disabled>
        {hardware.name} (custom)
      </MenuItem>,
    );
  }

  return (
    <TextField
      select
      size="small"
      label="Hardware"
      value={value}
      disabled={disabled}
      onChange={(event) => {
        if (event.target.value !== CUSTOM_VALUE) onChange(event.target.value);
      }}
      helperText={describeSpec(hardware)}
      sx={{ minWidth: 240, maxWidth: 360 }}
      slotProps={{
        select: {
          renderValue: () => (isPreset ? hardware.name : `${hardware.name} (custom)`),
          MenuProps: { slotProps: { paper: { sx: { maxHeight: 420 } } } },
        },
      }}
    >
      {items}
    </TextField>
  );
}
