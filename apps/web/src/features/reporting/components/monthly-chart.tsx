import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface MonthlyChartProps {
  /** Month labels, April first. */
  months: string[];
  series: { name: string; values: number[]; kind: 'bar' | 'line' }[];
  /** Accessible name of the picture (the table below carries the numbers). */
  label: string;
}

/** The national KPIs per month of the fiscal year (ECharts core, loaded lazily by the dashboard). */
export default function MonthlyChart({ months, series, label }: MonthlyChartProps) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months, axisLabel: { interval: 0, fontSize: 11 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((entry, index) => ({
        name: entry.name,
        type: entry.kind,
        data: entry.values,
        itemStyle: { color: ['#1c7ed6', '#e8590c', '#2f9e44'][index % 3] },
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [months, series]);

  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height: 280 }} />;
}
