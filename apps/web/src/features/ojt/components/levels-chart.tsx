import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface LevelsChartProps {
  /** Behaviour labels (one bar group each). */
  behaviours: string[];
  mentorLevels: (number | null)[];
  selfLevels: (number | null)[];
  mentorLabel: string;
  selfLabel: string;
  /** Accessible name of the picture (the table below carries the numbers). */
  label: string;
}

/** Mentor and self level per behaviour as grouped horizontal bars (ECharts core, loaded lazily). */
export default function LevelsChart({
  behaviours,
  mentorLevels,
  selfLevels,
  mentorLabel,
  selfLabel,
  label,
}: LevelsChartProps) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: [mentorLabel, selfLabel], top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 4, interval: 1 },
      yAxis: {
        type: 'category',
        data: behaviours,
        inverse: true,
        axisLabel: { fontSize: 10, width: 120, overflow: 'truncate' },
      },
      series: [
        { name: mentorLabel, type: 'bar', data: mentorLevels, itemStyle: { color: '#1c7ed6' } },
        { name: selfLabel, type: 'bar', data: selfLevels, itemStyle: { color: '#f08c00' } },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [behaviours, mentorLevels, selfLevels, mentorLabel, selfLabel]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      style={{ width: '100%', height: Math.max(160, behaviours.length * 44 + 48) }}
    />
  );
}
